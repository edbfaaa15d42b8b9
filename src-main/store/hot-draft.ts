// The hot draft: the one draft the dealer is typing in, whose autosaves write its row and nothing else.
//
// The drafts list is sorted by `sort_updated` (indexed), not by `updated`. Every write keeps the two
// equal, except the autosave of the hot draft, which moves only `updated`: SQLite rewrites an index
// entry whenever the UPDATE names its column, and that second page per save is what kept autosave
// at twice the cost of a bare upsert (bench/store.bench.ts). The order stays exactly the order by
// `updated` because of one invariant:
// - a draft becomes hot only through a full save that leaves it first in its list (no other draft
//   of the same archived/not-archived list has a later `sort_updated`, or the same and a higher seq);
// - every other write to any draft first settles the hot draft (`sort_updated = updated`, hot = 0),
//   so nothing can be sorted after it while it drifts;
// - an autosave applies only at a time not earlier than its `sort_updated`.
// So while it is hot it is first by `sort_updated` and, its `updated` only growing, first by
// `updated` too; every other draft has `sort_updated = updated`. This holds across a crash (all in
// the database); what is in memory here is only a cache of the hot row, checked against the
// database by every autosave (seq, hot = 1, revision), so a rolled-back transaction cannot fool it.
import type { Database } from 'better-sqlite3';
import type { DraftKind } from '../shared/domain/catalogue';
import type { DraftStatus } from '../shared/domain/draft';
import type { SectionJson } from './draft-json';

/** The hot draft's row as its last full save wrote it, and what an autosave needs to return. */
export interface HotRow {
  seq: number;
  id: string;
  kind: DraftKind;
  title: string;
  status: DraftStatus;
  created: string;
  archived: boolean;
  ticket: string | null;
  revision: number;
  summarySource: string;
  attachmentSource: string;
  /** When its newest history point was written, and its `sort_updated`, in ms since the epoch. */
  historyAt: number;
  sortedAt: number;
  /** Its data's sections as stored (draft-json.ts). */
  sections: SectionJson;
}

export interface HotDraft {
  /** The hot draft, if this process made one (a draft left hot by a crash is settled on its next save). */
  readonly row: HotRow | null;
  /** Called by every write but the autosave, before it writes: puts the hot draft back in plain order. */
  settle(): void;
  /** Whether a full save of the draft at `seq`, at `at`, would leave it first in its list. */
  wouldLead(seq: number, archived: number, at: string): boolean;
  /** Records the draft a full save has just made hot. */
  remember(row: HotRow): void;
  /** Writes an autosave of the hot draft; false when the database disagrees with the cached row. */
  autosave(json: string, at: string, sections: SectionJson): boolean;
}

export function createHotDraft(db: Database): HotDraft {
  const stmt = {
    settle: db.prepare('UPDATE drafts SET sort_updated = updated, hot = 0 WHERE hot = 1'),
    // The list's sort index, from (`at`, seq) on: a row sorted after it in the same list.
    above: db.prepare<[number, string, number, string, number], { one: number }>(
      `SELECT 1 AS one FROM drafts INDEXED BY drafts_by_updated
       WHERE archived = ? AND deleted_at IS NULL AND sort_updated >= ? AND seq <> ?
         AND (sort_updated > ? OR seq > ?) LIMIT 1`,
    ),
    // One row, found by rowid, and no indexed column named: one page written.
    autosave: db.prepare<[string, string, number, number]>(
      'UPDATE drafts SET data = ?, updated = ?, revision = revision + 1 WHERE seq = ? AND hot = 1 AND revision = ?',
    ),
  };
  let row: HotRow | null = null;

  return {
    get row() {
      return row;
    },
    settle() {
      stmt.settle.run();
      row = null;
    },
    wouldLead(seq, archived, at) {
      return stmt.above.get(archived, at, seq, at, seq) === undefined;
    },
    remember(hot) {
      row = hot;
    },
    autosave(json, at, sections) {
      if (!row) return false;
      if (stmt.autosave.run(json, at, row.seq, row.revision).changes === 0) {
        row = null;
        return false;
      }
      row.revision++;
      row.sections = sections;
      return true;
    },
  };
}
