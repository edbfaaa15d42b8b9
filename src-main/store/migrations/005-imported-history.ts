// Migration 005: requests brought in from another computer's export keep their tracking history (the
// outbox's item, status timeline, reject details and audit trail: src-main/outbox/transfer-history.ts).
// `imported_at` marks such an item: when it arrived here. It was finalized and sent (or is being sent)
// from the other computer, so this one never sends it, never follows its ticket and shows it as a record.
// NULL for every item finalized on this computer, which is every item before this migration.
import type { Migration } from './migration';

export const importedHistory: Migration = {
  name: 'imported-history',
  up(db) {
    db.exec('ALTER TABLE outbox_items ADD COLUMN imported_at TEXT');
  },
};
