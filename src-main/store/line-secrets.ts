// Line passwords at rest: the line_secrets table (migration 003), ciphertext only. Encrypting and
// decrypting belong to the secrets layer (src-main/secrets/line-passwords.ts); the store keeps, lists,
// copies and drops rows, which is all a duplicate or a split needs: a secret is never decrypted to be
// copied. Rows are keyed by draft, the line's 10-digit number and the field.
import type { Database } from 'better-sqlite3';
import {
  linePasswordFields,
  type LinePasswordField,
  type LinePasswordRef,
} from '../shared/domain/line-passwords';

export interface StoredLineSecret extends LinePasswordRef {
  cipher: Uint8Array;
}

export interface LineSecrets {
  put(draftId: string, ref: LinePasswordRef, cipher: Uint8Array, at: string): void;
  remove(draftId: string, ref: LinePasswordRef): void;
  /** Which passwords are set: what the renderer may know. */
  list(draftId: string): LinePasswordRef[];
  /** The ciphertexts, for the secrets layer to decrypt when a request is frozen. */
  ciphers(draftId: string): StoredLineSecret[];
  /** Copies the rows of `fromId` whose number is in `numbers` to `toId` (a duplicate, a split). */
  copy(fromId: string, toId: string, numbers: readonly string[]): void;
  /** Drops the rows of `draftId` whose number is not in `numbers` (the numbers went to another draft). */
  keepOnly(draftId: string, numbers: readonly string[]): void;
}

function isField(value: string): value is LinePasswordField {
  return (linePasswordFields as readonly string[]).includes(value);
}

function statements(db: Database) {
  return {
    put: db.prepare<[string, string, string, Uint8Array, string]>(
      `INSERT INTO line_secrets (draft_id, number, field, cipher, updated) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (draft_id, number, field) DO UPDATE SET cipher = excluded.cipher, updated = excluded.updated`,
    ),
    remove: db.prepare<[string, string, string]>(
      'DELETE FROM line_secrets WHERE draft_id = ? AND number = ? AND field = ?',
    ),
    list: db.prepare<[string], { number: string; field: string; cipher: Uint8Array }>(
      'SELECT number, field, cipher FROM line_secrets WHERE draft_id = ? ORDER BY number, field',
    ),
    copy: db.prepare<[string, string, string]>(
      `INSERT OR REPLACE INTO line_secrets (draft_id, number, field, cipher, updated)
       SELECT ?, number, field, cipher, updated FROM line_secrets
       WHERE draft_id = ? AND number IN (SELECT value FROM json_each(?))`,
    ),
    keepOnly: db.prepare<[string, string]>(
      'DELETE FROM line_secrets WHERE draft_id = ? AND number NOT IN (SELECT value FROM json_each(?))',
    ),
  };
}

export function createLineSecrets(db: Database): LineSecrets {
  // Prepared on first use: a store opened with fewer migrations (tests of older versions) has no table yet.
  let prepared: ReturnType<typeof statements> | null = null;
  const stmt = () => (prepared ??= statements(db));

  function rows(draftId: string) {
    return stmt()
      .list.all(draftId)
      .flatMap((row) => {
        const field = row.field;
        return isField(field) ? [{ number: row.number, field, cipher: row.cipher }] : [];
      });
  }

  return {
    put: (draftId, ref, cipher, at) => void stmt().put.run(draftId, ref.number, ref.field, cipher, at),
    remove: (draftId, ref) => void stmt().remove.run(draftId, ref.number, ref.field),
    list: (draftId) => rows(draftId).map(({ number, field }) => ({ number, field })),
    ciphers: (draftId) => rows(draftId),
    copy: (fromId, toId, numbers) => void stmt().copy.run(toId, fromId, JSON.stringify(numbers)),
    keepOnly: (draftId, numbers) => void stmt().keepOnly.run(draftId, JSON.stringify(numbers)),
  };
}
