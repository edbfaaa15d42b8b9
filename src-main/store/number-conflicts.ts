// Which other active requests already port some of the same numbers (the editor's warning, and the
// confirmation finalize asks for). Found through the search index, never by reading every draft:
// `draft_terms` holds a `p:<digits>` term for every number a draft holds, so each number checked is one
// lookup on that table's primary key, whatever the number of drafts (bench/store.bench.ts measures it
// on 100,000). The index covers every number of a draft (to remain, pilot, service rows…), so each
// candidate's numbers to port are then read to keep only the requests that port the number too: a
// number that stays with the losing carrier in one request and is ported by another is not sent twice.
import type { Database } from 'better-sqlite3';
import { normalizeNumber } from '../shared/domain/numbers';
import {
  inactiveStatuses,
  maxConflictingRequests,
  type ConflictingRequest,
} from '../shared/domain/number-conflicts';
import type { DraftKind } from '../shared/domain/catalogue';
import type { DraftStatus } from '../shared/domain/draft';
import { guard } from './errors';
import { numberDigits } from './search-terms';

/** A draft's list of numbers to port is capped at this many entries (draft.ts); so is a check. */
const maxNumbers = 5_000;
/**
 * Candidates read at most. A candidate holds one of the numbers somewhere; most also port it. Reading
 * more would only name more than the dealer can act on (the answer names at most 20).
 */
const maxCandidates = 200;

interface CandidateRow {
  id: string;
  kind: DraftKind;
  title: string;
  status: DraftStatus;
  /** JSON array of the checked numbers this draft holds somewhere. */
  digits: string;
  /** JSON array of the draft's numbers to port, as typed (null when it has none). */
  to_port: string | null;
}

export type NumberConflicts = (numbers: readonly string[], excludeId: string | null) => ConflictingRequest[];

/** The checked list as 10-digit numbers, each once, in order; entries that are not numbers are left out. */
function normalizedList(numbers: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const typed of numbers.slice(0, maxNumbers)) {
    if (typeof typed !== 'string') continue;
    const number = normalizeNumber(typed);
    if (number !== null) seen.add(number);
  }
  return [...seen];
}

function parseList(json: string | null): unknown[] {
  if (json === null) return [];
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value : [];
}

const inactive = inactiveStatuses.map((status) => `'${status}'`).join(', ');

/**
 * The candidates: parameters, the checked numbers as a JSON array of 10-digit strings, and the id to leave
 * out. json_each drives the join: one primary-key lookup in draft_terms per number, then one row read
 * per candidate (by rowid). CROSS JOIN fixes that order: left to choose, SQLite walks all of draft_terms
 * through draft_terms_by_draft to have the GROUP BY's order for free, a scan that grows with the drafts. Grouping by draft first reads each candidate's row, and its numbers to port,
 * once. Exported for the test that checks the plan stays a search, never a scan of the drafts.
 */
export const candidatesSql = `WITH hits AS (
       SELECT t.draft_seq AS seq, json_group_array(substr(t.term, 3)) AS digits
       FROM json_each(?) j CROSS JOIN draft_terms t ON t.term = 'p:' || j.value
       GROUP BY t.draft_seq
     )
     SELECT d.id, d.kind, d.title, d.status, h.digits, json_extract(d.data, '$.numbers.toPort') AS to_port
     FROM hits h CROSS JOIN drafts d ON d.seq = h.seq
     WHERE d.deleted_at IS NULL AND d.status NOT IN (${inactive}) AND d.id <> ?
     ORDER BY d.sort_updated DESC, d.seq DESC
     LIMIT ${maxCandidates}`;

export function createNumberConflicts(db: Database): NumberConflicts {
  const candidates = db.prepare<[string, string], CandidateRow>(candidatesSql);

  return (numbers, excludeId) => {
    const checked = normalizedList(numbers);
    if (checked.length === 0) return [];
    const rows = guard(() => candidates.all(JSON.stringify(checked), excludeId ?? ''));
    const found: ConflictingRequest[] = [];
    for (const row of rows) {
      const held = new Set(parseList(row.digits).map(String));
      const ported = new Set(
        parseList(row.to_port)
          .filter((entry): entry is string => typeof entry === 'string')
          .map(numberDigits),
      );
      const shared = checked.filter((number) => held.has(number) && ported.has(number));
      if (shared.length === 0) continue;
      found.push({ id: row.id, kind: row.kind, title: row.title, status: row.status, numbers: shared });
      if (found.length === maxConflictingRequests) break;
    }
    return found;
  };
}
