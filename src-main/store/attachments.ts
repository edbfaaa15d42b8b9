// Attachments (letters of authorization, invoices, spreadsheets), stored in the database so a draft
// and its files are backed up, exported and purged together. Each content is stored once, by sha256.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { AttachmentRef, DraftData } from '../shared/domain/draft';
import { StoreError, guard } from './errors';

/** The carrier takes documents as base64 in the JSON body; 20 MB is already far beyond a scanned letter. */
export const maxAttachmentBytes = 20 * 1024 * 1024;
/** An attachment stored but not yet in any saved draft is kept at least this long before collection. */
const graceMs = 24 * 60 * 60 * 1000;

export interface AttachmentFile {
  name: string;
  mimeType: string;
  content: Uint8Array;
}

export interface StoredAttachment extends AttachmentFile {
  sha256: string;
  size: number;
}

export interface Attachments {
  put(file: { name: string; mimeType: string; content: Uint8Array }): AttachmentRef;
  get(sha256: string): StoredAttachment | null;
  /** The stored size of a file, without reading it; null when it is not stored. */
  sizeOf(sha256: string): number | null;
  /** Every file a draft refers to, by sha256, with the name and type the draft gives it (for the request builder). */
  filesFor(data: DraftData): Map<string, AttachmentFile>;
  /**
   * Deletes attachments that no draft references and that are older than a day. Returns how many. With
   * `maxBytes`: only as many as fit in it (at least one), so a batch stays short; call again until 0.
   */
  collectGarbage(now: Date, maxBytes?: number): number;
}

const putSchema = z.object({
  name: z.string().max(1_000),
  mimeType: z.string().max(200),
  content: z.instanceof(Uint8Array),
});

/** `size` and `limit` fill the catalogue's message; `bytes` is the exact size. */
export function tooLarge(bytes: number, name: string): StoreError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return new StoreError('attachmentTooLarge', {
    size: mb(bytes),
    limit: mb(maxAttachmentBytes),
    bytes,
    name,
  });
}

export function sha256Of(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

interface AttachmentRow {
  sha256: string;
  name: string;
  mime_type: string;
  size: number;
  content: Buffer;
}

export function createAttachments({ db, clock }: { db: Database; clock: () => Date }): Attachments {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO attachments (sha256, name, mime_type, size, created, content) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING`,
    ),
    size: db.prepare<[string], { size: number }>('SELECT size FROM attachments WHERE sha256 = ?'),
    get: db.prepare<[string], AttachmentRow>(
      'SELECT sha256, name, mime_type, size, content FROM attachments WHERE sha256 = ?',
    ),
    collect: db.prepare(
      `DELETE FROM attachments WHERE created < ?
       AND NOT EXISTS (SELECT 1 FROM draft_attachment_refs r WHERE r.sha256 = attachments.sha256)`,
    ),
    collectable: db.prepare<[string], { sha256: string; size: number }>(
      `SELECT sha256, size FROM attachments WHERE created < ?
       AND NOT EXISTS (SELECT 1 FROM draft_attachment_refs r WHERE r.sha256 = attachments.sha256)
       ORDER BY sha256 LIMIT 100`,
    ),
    remove: db.prepare<[string, string]>(
      `DELETE FROM attachments WHERE sha256 = ? AND created < ?
       AND NOT EXISTS (SELECT 1 FROM draft_attachment_refs r WHERE r.sha256 = attachments.sha256)`,
    ),
  };

  const toStored = (row: AttachmentRow): StoredAttachment => ({
    sha256: row.sha256,
    name: row.name,
    mimeType: row.mime_type,
    size: row.size,
    content: new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength),
  });

  return {
    put(file) {
      const parsed = putSchema.safeParse(file);
      if (!parsed.success) throw new StoreError('invalidInput', { field: 'attachment' });
      const { name, mimeType, content } = parsed.data;
      if (content.byteLength > maxAttachmentBytes) {
        throw tooLarge(content.byteLength, name);
      }
      const sha256 = sha256Of(content);
      guard(() =>
        stmt.insert.run(sha256, name, mimeType, content.byteLength, clock().toISOString(), content),
      );
      return { sha256, name, mimeType, size: content.byteLength };
    },

    get(sha256) {
      if (typeof sha256 !== 'string') throw new StoreError('invalidInput', { field: 'sha256' });
      const row = guard(() => stmt.get.get(sha256));
      return row ? toStored(row) : null;
    },

    sizeOf(sha256) {
      if (typeof sha256 !== 'string') throw new StoreError('invalidInput', { field: 'sha256' });
      return guard(() => stmt.size.get(sha256))?.size ?? null;
    },

    filesFor(data) {
      const files = new Map<string, AttachmentFile>();
      const slots = data.attachments ?? {};
      for (const refs of [
        slots.letterOfAuthorization,
        slots.lastInvoice,
        slots.blifSpreadsheet,
        slots.respOrgForm,
      ]) {
        for (const ref of refs ?? []) {
          if (files.has(ref.sha256)) continue;
          const row = guard(() => stmt.get.get(ref.sha256));
          if (!row) throw new StoreError('attachmentMissing', { sha256: ref.sha256, name: ref.name });
          files.set(ref.sha256, { name: ref.name, mimeType: ref.mimeType, content: toStored(row).content });
        }
      }
      return files;
    },

    collectGarbage(now, maxBytes) {
      const cutoff = new Date(now.getTime() - graceMs).toISOString();
      if (maxBytes === undefined) return guard(() => stmt.collect.run(cutoff).changes);
      return guard(() =>
        db
          .transaction(() => {
            let bytes = 0;
            let removed = 0;
            for (const { sha256, size } of stmt.collectable.all(cutoff)) {
              if (removed > 0 && bytes + size > maxBytes) break;
              bytes += size;
              removed += stmt.remove.run(sha256, cutoff).changes;
            }
            return removed;
          })
          .immediate(),
      );
    },
  };
}
