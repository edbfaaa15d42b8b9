// Migration 009 (owned by src-main/outbox): the frozen request of each outbox item moves out of
// outbox_items into outbox_bodies, one row per item, deleted with it, as parts (outbox/frozen-body.ts):
// the body's JSON with each document named by its sha256 rather than carried in base64.
//
// Why: SQLite rewrites a whole row on every UPDATE, and reads through a long value to reach the columns
// stored after it. A request carried its documents in base64, so a 20 MB letter made every change of an
// item's state (claimed, answered, retried, polled) rewrite and re-encrypt 27 MB with an fsync, and every
// outbox listing read through it: hundreds of milliseconds each, with every window frozen. Now the item's
// row stays small, and its body is a few kilobytes written once and read once per send. A body frozen
// before this migration keeps its documents inline: it becomes a single part, sent as it was.
import type { Migration } from './migration';

export const outboxBodies: Migration = {
  name: 'outbox-bodies',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_bodies (
        draft_id   TEXT PRIMARY KEY REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
        parts_json TEXT NOT NULL
      ) STRICT;
      INSERT INTO outbox_bodies (draft_id, parts_json)
        SELECT draft_id, json_array(body_json) FROM outbox_items WHERE body_json <> '';
      ALTER TABLE outbox_items DROP COLUMN body_json;
    `);
  },
};
