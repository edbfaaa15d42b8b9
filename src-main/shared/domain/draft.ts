// The draft: what a dealer has typed for one port request, kept exactly as typed.
// This schema checks shape only (the "draft" level of validation): every text field is a string,
// every list is a list. Whether the request is complete and correct is the "ready" level (validation.ts).
// Telephone numbers are kept as the dealer wrote them; they are normalized when the body is built.
import { z } from 'zod';
import { draftKinds, offeringTypes } from './catalogue';

/** A generous cap so a runaway paste cannot grow a draft without bound; no real field comes near it. */
const maxText = 20_000;
const text = z.string().max(maxText);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(5_000);

import type { DraftStatus } from './draft-status';

export { draftStatuses, type DraftStatus } from './draft-status';

/** The carrier's `Locale` and `SecondLocale` values for a line (x-enum-names in the contract). */
export const lineLocales = [0, 1, 2, 3, 4, 5, 6] as const;
export const secondLineLocales = [0, 1, 2, 3, 4, 5, 6, 9] as const;

export const localizedNameSchema = z.object({ En: text, Fr: text }).strict();

/** The target: an existing SIP trunk, or a new service from an offering. */
export const draftTargetSchema = z
  .object({
    /** Pilot number of the SIP trunk, for DIDs on an existing trunk. */
    pilotNumber: text,
    trunkLabel: text,
    offeringId: text,
    offeringType: z.literal(offeringTypes).nullable(),
    offeringName: localizedNameSchema.nullable(),
    parentSubscriptionId: text,
    /** Business permanent call forwards go into a business group subscription. */
    businessGroupSubscriptionId: text,
  })
  .strict()
  .partial();

export const draftCustomerSchema = z
  .object({
    name: text,
    accountNumber: text,
  })
  .strict()
  .partial();

export const draftAddressSchema = z
  .object({
    streetNumber: text,
    streetName: text,
    streetType: text,
    streetDirection: text,
    streetSuffix: text,
    unit: text,
    floor: text,
    city: text,
    province: text,
    postalCode: text,
    country: text,
  })
  .strict()
  .partial();

export const draftLosingCarrierSchema = z
  .object({
    /** An ID from GET /NumberPorts/Providers, or null when the dealer names a reseller instead. */
    providerId: z.number().int().nullable(),
    reseller: text,
    providerNotMandatory: z.boolean(),
  })
  .strict()
  .partial();

export const draftNumbersSchema = z
  .object({
    toPort: list(text),
    toRemain: list(text),
    toDisconnect: list(text),
    changePilotNumber: z.boolean(),
    newPilotNumber: text,
  })
  .strict()
  .partial();

export const draftScheduleSchema = z
  .object({
    /** YYYY-MM-DD, Eastern time. Empty means the earliest possible date. */
    date: text,
    /** HH:MM 24-hour, Eastern time; only with a date. */
    time: text,
  })
  .strict()
  .partial();

export const draftContactsSchema = z
  .object({
    email: text,
    additionalEmails: list(text),
    submitterFirstName: text,
    submitterLastName: text,
    submitterPhone: text,
  })
  .strict()
  .partial();

export const draftCommentsSchema = z
  .object({
    losingCarrier: text,
    portTeam: text,
  })
  .strict()
  .partial();

export const draftOptionsSchema = z
  .object({
    contactMeBlif: z.boolean(),
    contactMeScheduling: z.boolean(),
    isPriMegaLink: z.boolean(),
    priMegalinkCircuit: text,
    priMegalinkRemainActive: z.boolean(),
  })
  .strict()
  .partial();

export const keyValueSchema = z.object({ key: text, value: text }).strict();

/** A reference to an attachment stored once in the database, by content hash. */
export const attachmentRefSchema = z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    name: text,
    mimeType: text,
    size: z.number().int().nonnegative(),
  })
  .strict();
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const attachmentSlots = [
  'letterOfAuthorization',
  'lastInvoice',
  'blifSpreadsheet',
  'respOrgForm',
] as const;
export type AttachmentSlot = (typeof attachmentSlots)[number];

export const draftAttachmentsSchema = z
  .object({
    letterOfAuthorization: list(attachmentRefSchema),
    lastInvoice: list(attachmentRefSchema),
    blifSpreadsheet: list(attachmentRefSchema),
    /** Toll-free ports only: the RespOrg transfer form. */
    respOrgForm: list(attachmentRefSchema),
  })
  .strict()
  .partial();

/** A DID on a SIP trunk (DIDRequestV2). */
export const draftDidSchema = z
  .object({
    number: text,
    label: text,
    additionalLabel: text,
    surecall: text,
    translatedNumber: text,
  })
  .strict()
  .partial();

/** A residential or business line (ResidentialLineOrder / BusinessLineOrder). */
export const draftLineSchema = z
  .object({
    number: text,
    rateCenterName: text,
    account: text,
    planId: text,
    locale: z.literal(lineLocales).nullable(),
    secondLocale: z.literal(secondLineLocales).nullable(),
    enabled: z.boolean(),
    label: text,
    callerName: text,
    callerId: text,
    email: text,
    callForwardingNumber: text,
    callForwardingDelay: text,
    /** Business lines only. */
    businessGroupId: text,
    extension: text,
  })
  .strict()
  .partial();

/** A permanent call forward (PermanentCallForwardOrderV2). */
export const draftForwardSchema = z
  .object({
    number: text,
    rateCenterName: text,
    account: text,
    planId: text,
    enabled: z.boolean(),
    label: text,
    additionalLabel: text,
    callForwardingNumber: text,
    provisioningInstructions: text,
  })
  .strict()
  .partial();

/** A business permanent call forward instruction (ForwardingDetail). */
export const draftForwardingInstructionSchema = z
  .object({
    number: text,
    forwardTo: text,
  })
  .strict()
  .partial();

/** The section that belongs to the kind of service. Only the part for the draft's kind is sent. */
export const draftServiceSchema = z
  .object({
    dids: list(draftDidSchema),
    lines: list(draftLineSchema),
    forwards: list(draftForwardSchema),
    forwardingInstructions: list(draftForwardingInstructionSchema),
    faxEmail: text,
  })
  .strict()
  .partial();

export const draftDataSchema = z
  .object({
    target: draftTargetSchema,
    customer: draftCustomerSchema,
    address: draftAddressSchema,
    losingCarrier: draftLosingCarrierSchema,
    numbers: draftNumbersSchema,
    schedule: draftScheduleSchema,
    contacts: draftContactsSchema,
    comments: draftCommentsSchema,
    options: draftOptionsSchema,
    extraDetails: list(keyValueSchema),
    attachments: draftAttachmentsSchema,
    service: draftServiceSchema,
  })
  .strict()
  .partial();

export type DraftData = z.infer<typeof draftDataSchema>;
export type DraftDid = z.infer<typeof draftDidSchema>;
export type DraftLine = z.infer<typeof draftLineSchema>;
export type DraftForward = z.infer<typeof draftForwardSchema>;
export type DraftForwardingInstruction = z.infer<typeof draftForwardingInstructionSchema>;

export const draftKindSchema = z.enum(draftKinds);

/** A draft as the store keeps it and the renderer shows it. */
export interface Draft {
  id: string;
  kind: (typeof draftKinds)[number];
  title: string;
  data: DraftData;
  status: DraftStatus;
  /** ISO 8601 UTC. */
  created: string;
  updated: string;
  /** Increases by one with every save. */
  revision: number;
}

export function emptyDraftData(): DraftData {
  return {};
}
