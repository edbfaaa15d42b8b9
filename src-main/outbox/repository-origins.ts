// Which rejected request an "edit a copy" draft came from (draft_origins, migration 006), so the copy can
// show the carrier's reasons next to the fields at fault whenever it is opened. Part of the outbox
// repository (outbox-repository.ts), which is the only way into this table.
import type { Database } from 'better-sqlite3';

export function createOriginStatements(db: Database) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO draft_origins (draft_id, source_id, at) VALUES (@draftId, @sourceId, @at)
       ON CONFLICT (draft_id) DO UPDATE SET source_id = excluded.source_id, at = excluded.at`,
    ),
    source: db.prepare<[string], { source_id: string }>(
      'SELECT source_id FROM draft_origins WHERE draft_id = ?',
    ),
  };

  return {
    recordOrigin(draftId: string, sourceId: string, at: string): void {
      stmt.insert.run({ draftId, sourceId, at });
    },
    /** The request a draft was copied from by "edit a copy", or null. */
    originOf(draftId: string): string | null {
      return stmt.source.get(draftId)?.source_id ?? null;
    },
  };
}
