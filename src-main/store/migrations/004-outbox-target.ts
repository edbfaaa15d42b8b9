// Migration 004 (owned by src-main/outbox): every outbox item records the carrier it was finalized for,
// in outbox_items.target_kind / target_base_url / target_username: 'practice', or 'account' with the
// account's address and customer number (never the password). An item is only sent to its target and its
// ticket only polled there; a draft whose item targets practice is shown as practice on every screen.
//
// Items already queued or sent when this runs were sent to "the account if one was saved, else the
// practice carrier", read at each request. The best record of that is the account saved now: items get
// it as their target if there is one (address, customer number and password all present), else practice.
import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

const schema = `
ALTER TABLE outbox_items ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'practice'
  CHECK (target_kind IN ('practice', 'account'));
ALTER TABLE outbox_items ADD COLUMN target_base_url TEXT;
ALTER TABLE outbox_items ADD COLUMN target_username TEXT;
CREATE INDEX outbox_items_practice ON outbox_items (draft_id) WHERE target_kind = 'practice';
`;

/** A setting saved as JSON text by the store (settings.json), or null. */
function savedText(db: Database, key: string): string | null {
  const row = db
    .prepare<[string], { json: string | null }>('SELECT json FROM settings WHERE key = ?')
    .get(key);
  if (!row?.json) return null;
  try {
    const value = JSON.parse(row.json) as unknown;
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

function savedPassword(db: Database): boolean {
  const row = db
    .prepare<[string], { blob: Buffer | null }>('SELECT blob FROM settings WHERE key = ?')
    .get('account.password');
  return row?.blob !== null && row?.blob !== undefined && row.blob.length > 0;
}

export const outboxTarget: Migration = {
  name: 'outbox-target',
  up(db) {
    db.exec(schema);
    const baseUrl = savedText(db, 'account.baseUrl');
    const username = savedText(db, 'account.username');
    if (baseUrl !== null && username !== null && savedPassword(db)) {
      db.prepare(
        `UPDATE outbox_items SET target_kind = 'account', target_base_url = ?, target_username = ?`,
      ).run(baseUrl, username);
    }
  },
};
