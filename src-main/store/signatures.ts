// The audit trail of signed documents: the paperwork_signatures table (migration 010). Rows are only ever
// added (a new signature is a new row) and copied with the files they signed when a draft is duplicated
// or split, so a copy whose customer changes still has its letter found out of date. Each row is read
// back through the domain's zod schema: a row that does not parse is left out rather than trusted.
import type { Database } from 'better-sqlite3';
import {
  printedFieldsSchema,
  signatureRecordSchema,
  type SignatureRecord,
} from '../shared/domain/paperwork/signature';
import type { DraftData } from '../shared/domain/draft';
import { paperKinds } from '../shared/domain/paperwork/printed-fields';
import { guard } from './errors';

export interface Signatures {
  /** Records a signature of `draftId`. */
  add(draftId: string, record: SignatureRecord): void;
  /** The draft's signatures, oldest first. */
  forDraft(draftId: string): SignatureRecord[];
  /** Copies the signatures of the files `shas` from one draft to another (a duplicate, a split). */
  copy(fromId: string, toId: string, shas: readonly string[]): void;
}

interface SignatureRow {
  document: string;
  pdf_sha256: string;
  signer_name: string;
  signer_title: string;
  method: string;
  signed_at: string;
  draft_revision: number;
  locale: string;
  printed_json: string;
}

function statements(db: Database) {
  return {
    add: db.prepare(
      `INSERT INTO paperwork_signatures (draft_id, document, pdf_sha256, signer_name, signer_title, method,
         signed_at, draft_revision, locale, printed_json)
       VALUES (@draftId, @document, @pdfSha256, @signerName, @signerTitle, @method, @signedAt, @draftRevision,
         @locale, @printedJson)`,
    ),
    list: db.prepare<[string], SignatureRow>(
      `SELECT document, pdf_sha256, signer_name, signer_title, method, signed_at, draft_revision, locale,
         printed_json FROM paperwork_signatures WHERE draft_id = ? ORDER BY id`,
    ),
    copy: db.prepare<[string, string, string]>(
      `INSERT INTO paperwork_signatures (draft_id, document, pdf_sha256, signer_name, signer_title, method,
         signed_at, draft_revision, locale, printed_json)
       SELECT ?, document, pdf_sha256, signer_name, signer_title, method, signed_at, draft_revision, locale,
         printed_json FROM paperwork_signatures
       WHERE draft_id = ? AND pdf_sha256 IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ),
  };
}

function recordOf(row: SignatureRow): SignatureRecord | null {
  let printed: unknown;
  try {
    printed = JSON.parse(row.printed_json);
  } catch {
    return null;
  }
  const parsed = signatureRecordSchema.safeParse({
    document: row.document,
    pdfSha256: row.pdf_sha256,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    method: row.method,
    signedAt: row.signed_at,
    draftRevision: row.draft_revision,
    locale: row.locale,
    printed,
  });
  return parsed.success ? parsed.data : null;
}

export function createSignatures(db: Database): Signatures {
  // Prepared on first use: a store opened with fewer migrations (tests of older versions) has no table yet.
  let prepared: ReturnType<typeof statements> | null = null;
  const stmt = () => (prepared ??= statements(db));
  return {
    add(draftId, record) {
      const printed = printedFieldsSchema.parse(record.printed);
      guard(() =>
        stmt().add.run({
          draftId,
          document: record.document,
          pdfSha256: record.pdfSha256,
          signerName: record.signerName,
          signerTitle: record.signerTitle,
          method: record.method,
          signedAt: record.signedAt,
          draftRevision: record.draftRevision,
          locale: record.locale,
          printedJson: JSON.stringify(printed),
        }),
      );
    },
    forDraft: (draftId) => guard(() => stmt().list.all(draftId)).flatMap((row) => recordOf(row) ?? []),
    copy: (fromId, toId, shas) => {
      if (shas.length > 0) guard(() => stmt().copy.run(toId, fromId, JSON.stringify(shas)));
    },
  };
}

/** The hashes of the files in the slots of signed documents: whose signatures follow a copy. */
export function attachedShas(data: DraftData): string[] {
  return paperKinds.flatMap((slot) => (data.attachments?.[slot] ?? []).map((ref) => ref.sha256));
}
