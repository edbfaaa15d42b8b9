// Migration 003: line passwords (SipPassword, WebSelfCarePassword), which never go in a draft's JSON.
// One row per draft, line (its 10-digit number) and field, holding only the ciphertext made by the
// same Cipher as the carrier account's password (src-main/secrets). Removing the draft removes them:
// a purged draft leaves no secret behind.
import type { Migration } from './migration';

export const lineSecrets: Migration = {
  name: 'line-secrets',
  up(db) {
    db.exec(`
      CREATE TABLE line_secrets (
        draft_id  TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        number    TEXT NOT NULL CHECK (length(number) = 10),
        field     TEXT NOT NULL CHECK (field IN ('sipPassword', 'webSelfCarePassword')),
        cipher    BLOB NOT NULL,
        updated   TEXT NOT NULL,
        PRIMARY KEY (draft_id, number, field)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
