// Migration 010: the audit trail of the documents Portage prepares and has signed (owned by
// src-main/paperwork, kept by src-main/store/signatures.ts).
// - paperwork_signatures: one row per signature, never updated: who signed (name and title), how (drawn on
//   the screen or typed with consent), when, the sha256 of the signed PDF (the attachment itself is in
//   `attachments`, by that hash), the draft revision it was made from, the language it was printed in,
//   and the values it printed (printed_json), against which the draft is compared to find a signed letter
//   out of date. Rows go with their draft when it is purged.
import type { Migration } from './migration';

export const paperwork: Migration = {
  name: 'paperwork',
  up(db) {
    db.exec(`
      CREATE TABLE paperwork_signatures (
        id              INTEGER PRIMARY KEY,
        draft_id        TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        document        TEXT NOT NULL CHECK (document IN ('letterOfAuthorization', 'respOrgForm')),
        pdf_sha256      TEXT NOT NULL,
        signer_name     TEXT NOT NULL,
        signer_title    TEXT NOT NULL,
        method          TEXT NOT NULL CHECK (method IN ('drawn', 'typed')),
        signed_at       TEXT NOT NULL,
        draft_revision  INTEGER NOT NULL,
        locale          TEXT NOT NULL,
        printed_json    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX paperwork_signatures_draft ON paperwork_signatures (draft_id, id);
    `);
  },
};
