// Whether a signed document still says what the draft says. A signature applies to the file it signed
// while that file is in the document's slot; the dealer may also attach a letter prepared elsewhere,
// which Portage knows nothing about and leaves alone. The ready rules (rules/paperwork-rules.ts) turn an
// out-of-date letter into a problem that blocks finalize, and an old one into a warning.
import type { DraftData } from '../draft';
import { changedFields, printedFieldsOf, type PaperKind, type PrintedField } from './printed-fields';
import type { SignatureRecord } from './signature';

export interface SignedFile {
  /** The file's place in its slot (for the path). */
  index: number;
  record: SignatureRecord;
  /** The printed fields that changed since it was signed; empty while it is up to date. */
  changed: PrintedField[];
}

/** Each file in the document's slot that Portage had signed, with what changed since. */
export function signedFiles(
  document: PaperKind,
  data: DraftData,
  signatures: readonly SignatureRecord[],
): SignedFile[] {
  const now = printedFieldsOf(data);
  return (data.attachments?.[document] ?? []).flatMap((ref, index) => {
    // The latest signature of this very file (the same bytes signed twice is one file).
    const record = signatures.findLast(
      (candidate) => candidate.document === document && candidate.pdfSha256 === ref.sha256,
    );
    return record ? [{ index, record, changed: changedFields(document, record.printed, now) }] : [];
  });
}

/** Whole days from the day it was signed to `today` (both Eastern, YYYY-MM-DD). */
export function daysBetween(signedDay: string, today: string): number {
  const start = Date.parse(`${signedDay}T00:00:00Z`);
  const end = Date.parse(`${today}T00:00:00Z`);
  return Number.isNaN(start) || Number.isNaN(end) ? 0 : Math.round((end - start) / 86_400_000);
}
