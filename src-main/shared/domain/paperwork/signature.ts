// A signature on a document Portage prepared: what the renderer sends to sign (strokes drawn on the
// screen, or a typed name with the customer's consent) and the record kept of it in the audit trail
// (who signed, with which title, how, when, the sha256 of the signed PDF, the draft revision it was made
// from, and the values it printed). Shared by the main process (which parses and keeps them) and the
// renderer (which shows them and checks a signed document is still up to date as the dealer types).
import { z } from 'zod';
import { locales, type Locale } from '../locale';
import { paperKinds, type PaperKind, type PrintedFields } from './printed-fields';

export const signatureMethods = ['drawn', 'typed'] as const;
export type SignatureMethod = (typeof signatureMethods)[number];

/** Caps on what a signature may hold: far above a real signature, low enough to bound the PDF. */
export const signatureCaps = {
  name: 120,
  title: 120,
  strokes: 400,
  pointsPerStroke: 4_000,
  points: 40_000,
  padSide: 10_000,
} as const;

const coordinate = z.number().finite().min(0).max(signatureCaps.padSide);

/**
 * Strokes drawn on the pad, in the pad's own pixels (0,0 at its top left). An empty list is parsed (so
 * the service answers "nothing drawn" in words), and so is a missing consent: the service refuses both.
 */
export const drawnSignatureSchema = z
  .object({
    method: z.literal('drawn'),
    width: z.number().finite().positive().max(signatureCaps.padSide),
    height: z.number().finite().positive().max(signatureCaps.padSide),
    strokes: z
      .array(z.array(z.tuple([coordinate, coordinate])).max(signatureCaps.pointsPerStroke))
      .max(signatureCaps.strokes),
  })
  .strict()
  .refine((drawn) => drawn.strokes.reduce((sum, stroke) => sum + stroke.length, 0) <= signatureCaps.points, {
    message: 'too many points',
    path: ['strokes'],
  })
  .refine(
    (drawn) =>
      drawn.strokes.every((stroke) => stroke.every(([x, y]) => x <= drawn.width && y <= drawn.height)),
    { message: 'outside the pad', path: ['strokes'] },
  );

export const typedSignatureSchema = z
  .object({
    method: z.literal('typed'),
    /** The name the signer typed as their signature. */
    typedName: z.string().max(signatureCaps.name),
    /** The signer ticked "I agree that typing my name is my signature". */
    consent: z.boolean(),
  })
  .strict();

export const signatureSchema = z.union([drawnSignatureSchema, typedSignatureSchema]);
export type SignatureInput = z.infer<typeof signatureSchema>;
export type DrawnSignature = z.infer<typeof drawnSignatureSchema>;

/** The authorized person, as printed under the signature. */
export const signerSchema = z
  .object({
    name: z.string().max(signatureCaps.name),
    title: z.string().max(signatureCaps.title),
  })
  .strict();
export type Signer = z.infer<typeof signerSchema>;

export const printedFieldsSchema: z.ZodType<PrintedFields> = z.object({
  customerName: z.string(),
  accountNumber: z.string(),
  serviceAddress: z.array(z.string()),
  losingCarrier: z.object({ providerId: z.number().int().nullable(), reseller: z.string() }),
  numbersToPort: z.array(z.string()),
  numbersToRemain: z.array(z.string()),
  numbersToDisconnect: z.array(z.string()),
});

/** One signature in the audit trail (paperwork_signatures). */
export interface SignatureRecord {
  document: PaperKind;
  pdfSha256: string;
  signerName: string;
  signerTitle: string;
  method: SignatureMethod;
  /** ISO 8601 UTC. */
  signedAt: string;
  /** The draft revision the document was made from (the attachment's save comes after it). */
  draftRevision: number;
  /** The language the document was printed in. */
  locale: Locale;
  printed: PrintedFields;
}

export const signatureRecordSchema: z.ZodType<SignatureRecord> = z.object({
  document: z.enum(paperKinds),
  pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
  signerName: z.string(),
  signerTitle: z.string(),
  method: z.enum(signatureMethods),
  signedAt: z.string(),
  draftRevision: z.number().int().nonnegative(),
  locale: z.enum(locales),
  printed: printedFieldsSchema,
});
