// The paperwork a port needs, prepared by Portage from the draft and signed on the dealer's screen: the
// letter of authorization (regular numbers) and the RespOrg change authorization (toll-free numbers).
// - preview: the document as it would be printed now, unsigned, in either language.
// - sign: the document with the customer's signature (strokes drawn, or a typed name with consent), attached
//   to its slot in place of what was there, and recorded in the audit trail (signer, title, method, time,
//   the sha256 of the signed PDF, the draft revision) in the same transaction. Works offline.
// - file: a signed document of the draft, for the preview and "Save a copy".
// Every refusal is the domain's Failure with a message in the dealer's words.
import type { DraftData } from '../shared/domain/draft';
import { customerReferenceFor } from '../shared/domain/customer-reference';
import { Failure } from '../shared/domain/failure';
import type { Locale } from '../shared/domain/locale';
import { numberNature } from '../shared/domain/numbers';
import {
  documentContent,
  documentFileName,
  type PaperSettings,
} from '../shared/domain/paperwork/document-content';
import { paperKinds, printedFieldsOf, type PaperKind } from '../shared/domain/paperwork/printed-fields';
import type { SignatureInput, SignatureRecord, Signer } from '../shared/domain/paperwork/signature';
import type { DraftDetail } from '../shared/domain/draft-views';
import type { Store } from '../store';
import { StoreError } from '../store/errors';
import { loadFonts, type FontSet } from './fonts';
import { writeDocumentPdf, type SignatureMark } from './pdf-document';

export interface PaperworkOptions {
  store: Pick<Store, 'db' | 'drafts' | 'attachments' | 'signatures' | 'settings'>;
  clock: () => Date;
  /** The carrier's list of providers as cached, to print the losing carrier by name. */
  providers: () => readonly { ID: number; Name: string }[];
  /** The time zone dates are printed in; the computer's by default. */
  timeZone?: string;
  fonts?: () => FontSet;
}

export interface SignRequest {
  draftId: string;
  document: PaperKind;
  locale: Locale;
  signer: Signer;
  signature: SignatureInput;
}

export interface SignedDocument {
  draft: DraftDetail;
  signatures: SignatureRecord[];
  sha256: string;
}

export interface PaperworkFile {
  name: string;
  content: Uint8Array;
}

export interface Paperwork {
  preview(draftId: string, document: PaperKind, locale: Locale): Promise<Uint8Array>;
  sign(request: SignRequest): Promise<SignedDocument>;
  signatures(draftId: string): SignatureRecord[];
  /** A document signed in Portage that is attached to the draft. */
  file(draftId: string, sha256: string): PaperworkFile;
}

/** The document this draft's numbers take: refused for the other one, for mixed numbers, and for none. */
function checkCarried(data: DraftData, document: PaperKind): void {
  const nature = numberNature(data.numbers?.toPort ?? []);
  if (nature === 'none') throw new Failure('paperworkNoNumbers');
  const wanted: PaperKind = nature === 'tollFree' ? 'respOrgForm' : 'letterOfAuthorization';
  if (nature === 'mixed' || wanted !== document) throw new Failure('paperworkNotCarried', { document });
}

function checkSettings(settings: PaperSettings, document: PaperKind): void {
  if (document === 'letterOfAuthorization' && settings.dealerName.trim() === '') {
    throw new Failure('paperworkDealerNameMissing');
  }
  if (document === 'respOrgForm' && settings.newRespOrg.trim() === '') {
    throw new Failure('paperworkRespOrgMissing');
  }
}

/** The mark to draw, or the reason it cannot be signed yet. */
function markOf(signer: Signer, signature: SignatureInput): Exclude<SignatureMark, null> {
  const issues = [
    ...(signer.name.trim() === '' ? [{ path: 'signer.name', key: 'validation.required' as const }] : []),
    ...(signer.title.trim() === '' ? [{ path: 'signer.title', key: 'validation.required' as const }] : []),
  ];
  if (issues.length > 0) throw new Failure('paperworkSignerMissing', {}, { issues });
  if (signature.method === 'typed') {
    if (!signature.consent || signature.typedName.trim() === '') throw new Failure('paperworkConsentMissing');
    return { method: 'typed', typedName: signature.typedName.trim() };
  }
  if (!signature.strokes.some((stroke) => stroke.length > 0)) throw new Failure('paperworkSignatureEmpty');
  return signature;
}

export function createPaperwork(options: PaperworkOptions): Paperwork {
  const { store } = options;
  const fonts = options.fonts ?? (() => loadFonts());
  const settings = (): PaperSettings => ({
    dealerName: store.settings.get('dealerName'),
    newRespOrg: store.settings.get('newRespOrg'),
  });
  const losingCarrierName = (data: DraftData): string | null => {
    const id = data.losingCarrier?.providerId ?? null;
    return id === null ? null : (options.providers().find((provider) => provider.ID === id)?.Name ?? null);
  };

  async function render(
    draftId: string,
    data: DraftData,
    request: { document: PaperKind; locale: Locale; at: Date },
    signed: { signer: Signer; mark: Exclude<SignatureMark, null> } | null,
  ): Promise<Uint8Array> {
    const content = documentContent({
      document: request.document,
      locale: request.locale,
      data,
      reference: customerReferenceFor(draftId),
      settings: settings(),
      losingCarrierName: losingCarrierName(data),
      at: request.at,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      signed: signed ? { signer: signed.signer, method: signed.mark.method } : null,
    });
    return (await writeDocumentPdf(content, signed?.mark ?? null, fonts(), request.at)).bytes;
  }

  return {
    async preview(draftId, document, locale) {
      const draft = store.drafts.get(draftId);
      return render(draftId, draft.data, { document, locale, at: options.clock() }, null);
    },

    async sign({ draftId, document, locale, signer, signature }) {
      const draft = store.drafts.get(draftId);
      if (!draft.editable) throw new StoreError('draftLocked', { id: draftId });
      checkCarried(draft.data, document);
      checkSettings(settings(), document);
      const mark = markOf(signer, signature);
      const at = options.clock();
      const content = await render(draftId, draft.data, { document, locale, at }, { signer, mark });
      const ref = store.attachments.put({
        name: documentFileName(document, locale, customerReferenceFor(draftId)),
        mimeType: 'application/pdf',
        content,
      });
      const saved = store.db.transaction(() => {
        // What was signed is the draft as read above: a save since then would make it sign something else.
        const latest = store.drafts.get(draftId);
        if (latest.revision !== draft.revision) throw new StoreError('revisionConflict', { id: draftId });
        const attachments = { ...(latest.data.attachments ?? {}), [document]: [ref] };
        const next = store.drafts.save(draftId, { ...latest.data, attachments }, latest.revision);
        store.signatures.add(draftId, {
          document,
          pdfSha256: ref.sha256,
          signerName: signer.name.trim(),
          signerTitle: signer.title.trim(),
          method: mark.method,
          signedAt: at.toISOString(),
          draftRevision: draft.revision,
          locale,
          printed: printedFieldsOf(draft.data),
        });
        return next;
      })();
      return { draft: saved, signatures: store.signatures.forDraft(draftId), sha256: ref.sha256 };
    },

    signatures(draftId) {
      store.drafts.get(draftId); // an unknown draft is notFound
      return store.signatures.forDraft(draftId);
    },

    file(draftId, sha256) {
      const draft = store.drafts.get(draftId);
      const signed = store.signatures.forDraft(draftId).some((record) => record.pdfSha256 === sha256);
      const attached = paperKinds.flatMap((slot) => draft.data.attachments?.[slot] ?? []);
      const ref = attached.find((candidate) => candidate.sha256 === sha256);
      if (!signed || !ref) throw new Failure('paperworkNotSigned');
      const stored = store.attachments.get(sha256);
      if (!stored) throw new StoreError('attachmentMissing', { sha256, name: ref.name });
      return { name: ref.name, content: stored.content };
    },
  };
}
