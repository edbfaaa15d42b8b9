// Migration 008: deleting a draft deletes everything Portage holds about it, and the editor's safety net
// lives in the (encrypted) database instead of the renderer's storage.
// - drafts_purge_outbox: outbox_items has no foreign key to drafts (002 made it the outbox's own table),
//   so a purged draft used to leave its frozen request behind, LOA included. Rebuilding outbox_items
//   with a foreign key would need foreign_keys off (impossible inside the runner's transaction) and
//   would drop any column another migration adds to it; a trigger does the same ON DELETE CASCADE
//   without touching the table. Its intents, attempts, tracking, timeline and rejects follow by their
//   own cascades (002). The origins of "edit a copy" drafts that name it go too: they only pointed at
//   the rejection that is now gone.
// - Records left behind by drafts purged before this version are removed now.
// - draft_stash: what the editor holds and has not saved yet (store/draft-stash.ts), one row per draft,
//   gone with the draft.
import type { Migration } from './migration';

export const deletion: Migration = {
  name: 'deletion',
  up(db) {
    db.exec(`
      CREATE TRIGGER drafts_purge_outbox AFTER DELETE ON drafts
      BEGIN
        DELETE FROM outbox_items WHERE draft_id = OLD.id;
        DELETE FROM draft_origins WHERE source_id = OLD.id;
      END;

      DELETE FROM outbox_items WHERE draft_id NOT IN (SELECT id FROM drafts);
      DELETE FROM draft_origins WHERE source_id NOT IN (SELECT id FROM drafts);

      CREATE TABLE draft_stash (
        draft_id  TEXT PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
        -- Which editor wrote it (a random id per opening of the draft) and its edit count then.
        session   TEXT NOT NULL,
        edit      INTEGER NOT NULL,
        -- The draft's revision the data builds on: a write by anything else moves the draft past it.
        revision  INTEGER NOT NULL,
        -- NULL once saved: the row then only remembers how far that editor's saves went.
        data      TEXT,
        at        TEXT NOT NULL
      ) STRICT;
    `);
  },
};
