// Migration 006: what Portage keeps to put the carrier's answers in the dealer's hands (owned by
// src-main/outbox).
// - port_tracking.not_found_since: when the carrier first answered "not found" for a port's ticket, in
//   the run of such answers still going on (NULL while it finds it). A day of them is surfaced to the
//   dealer (outbox/not-found.ts); restarts must not reset that day, so it lives here.
// - draft_origins: which rejected request an "edit a copy" draft was copied from, so the copy shows the
//   carrier's reasons next to the fields at fault for as long as it is edited, not only when first opened.
import type { Migration } from './migration';

export const carrierAnswers: Migration = {
  name: 'carrier-answers',
  up(db) {
    db.exec(`
      ALTER TABLE port_tracking ADD COLUMN not_found_since TEXT;

      CREATE TABLE draft_origins (
        draft_id   TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        source_id  TEXT NOT NULL,
        at         TEXT NOT NULL
      ) STRICT;
    `);
  },
};
