// The drafts list: filters, sort, paging and the search box.
//
// Search uses plain B-tree indexes, not FTS5. `draft_terms(term, draft_seq)` holds `n:` folded name
// words (and runs of words joined), `p:` number digits and `s:` reversed digits, so a name prefix,
// an area code + exchange and the last four digits are each a prefix range on one primary key.
// Measured with bench/store.bench.ts on 100,000 drafts (same queries, same terms; FTS5 with
// unicode61 remove_diacritics 2 and prefix indexes 2,3,4), median per list call incl. count + page:
//   name prefix:      plain  9.4 ms   FTS5 14.5 ms
//   telephone digits: plain  1.8 ms   FTS5 16.4 ms
// Plain indexes also need no tokenizer for digit suffixes and cost nothing when a save leaves the
// name and numbers unchanged (the terms are rewritten only when their fingerprint changes).
import type { Database, Statement } from 'better-sqlite3';
import { draftStatuses } from '../shared/domain/draft';
import { draftListQuerySchema } from '../shared/domain/draft-list-schema';
import type { DraftListPage, DraftListQuery } from '../shared/domain/draft-list-query';
import { summaryColumns, toSummary, type SummaryRow } from './draft-rows';
import { StoreError, guard } from './errors';
import { parseQuery, reverse } from './search-terms';

const defaultLimit = 50;

const statusRank = `CASE d.status ${draftStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const sortExpressions = {
  // Equal to `updated` in order (hot-draft.ts), and indexed.
  updated: 'd.sort_updated',
  created: 'd.created',
  customer: 'd.customer_sort',
  status: statusRank,
  kind: 'd.kind',
} as const;

/** The smallest string greater than every string that starts with `prefix` (binary collation). */
function after(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

/** Minimum digits before a number search is run: one or two digits would match nearly everything. */
const minDigits = 3;
/** Up to this many matches, the page is read starting from the matches rather than the sort index. */
const pageByMatches = 1_000;
/** Up to this many matches, they are counted one by one in `drafts_live` rather than by walking an index. */
const countByMatches = 20_000;
/** Minimum characters of a draft id before it is searched as a reference number. */
const minReference = 4;

export function createDraftList(db: Database): (input?: DraftListQuery) => DraftListPage {
  const statements = new Map<string, Statement<unknown[]>>();
  const prepare = (sql: string): Statement<unknown[]> => {
    let s = statements.get(sql);
    if (!s) {
      if (statements.size > 200) statements.clear();
      s = db.prepare<unknown[]>(sql);
      statements.set(sql, s);
    }
    return s;
  };

  return (input = {}) => {
    const parsed = draftListQuerySchema.safeParse(input);
    if (!parsed.success) throw new StoreError('invalidInput', { field: 'list' });
    const options = parsed.data;

    const where: string[] = [];
    const params: unknown[] = [];
    if (options.statuses && options.statuses.length > 0) {
      where.push(`d.status IN (${options.statuses.map(() => '?').join(', ')})`);
      params.push(...options.statuses);
    }
    if (options.kinds && options.kinds.length > 0) {
      where.push(`d.kind IN (${options.kinds.map(() => '?').join(', ')})`);
      params.push(...options.kinds);
    }

    const query = parseQuery(options.query ?? '');
    const matchParams: unknown[] = [];
    let matchSql: string | null = null;
    if (query) {
      // One compound subquery of draft seqs, each part a range on an index, so SQLite starts from
      // the matches instead of testing every draft (an OR of IN-lists and columns scans the table).
      // Its parts: (word₁ ∩ word₂ …) ∪ digits ∪ ticket ∪ reference ∪ id; compound operators apply
      // left to right, so the INTERSECT of the words comes first.
      // UNION ALL, not UNION: IN only tests membership, and deduplicating costs a temporary B-tree.
      const parts: string[] = [];
      const termRange = 'SELECT draft_seq FROM draft_terms WHERE term >= ? AND term < ?';
      if (query.words.length > 0) {
        // Every word typed must begin a word of the customer name. (INTERSECT measured faster than
        // checking each candidate's other words with EXISTS: range scans beat random lookups.)
        parts.push(query.words.map(() => termRange).join(' INTERSECT '));
        for (const word of query.words) matchParams.push(`n:${word}`, after(`n:${word}`));
      }
      if (query.digits !== null && query.digits.length >= minDigits) {
        // Starts with the digits (area code, exchange) or ends with them (the last four).
        parts.push(termRange, termRange);
        const p = `p:${query.digits}`;
        const s = `s:${reverse(query.digits)}`;
        matchParams.push(p, after(p), s, after(s));
      }
      const ticket = query.raw.toLowerCase();
      parts.push('SELECT seq FROM drafts WHERE ticket >= ? COLLATE NOCASE AND ticket < ? COLLATE NOCASE');
      matchParams.push(ticket, after(ticket));
      // The CustomerReferenceNumber ("PTG-0A1B2C3D4E5F", with or without "PTG-"), or the draft id itself.
      const compact = query.raw.toUpperCase().replace(/\s+/g, '');
      if (compact.length >= minReference && /^[0-9A-Z-]+$/.test(compact)) {
        const reference = compact.startsWith('PTG') ? compact.replace(/^PTG-?/, 'PTG-') : `PTG-${compact}`;
        parts.push('SELECT seq FROM drafts WHERE reference >= ? AND reference < ?');
        matchParams.push(reference, after(reference));
      }
      const id = query.raw.toLowerCase();
      if (id.length >= minReference && /^[0-9a-f-]+$/.test(id)) {
        parts.push('SELECT seq FROM drafts WHERE id >= ? AND id < ?');
        matchParams.push(id, after(id));
      }
      matchSql = parts.join(' UNION ALL ');
    }

    const direction =
      options.direction ?? (options.sort === 'customer' || options.sort === 'kind' ? 'asc' : 'desc');
    const order = `${sortExpressions[options.sort ?? 'updated']} ${direction.toUpperCase()}, d.seq ${direction.toUpperCase()}`;
    const limit = options.limit ?? defaultLimit;
    const offset = options.offset ?? 0;

    return guard(() => {
      // How each query runs depends on how many drafts match (measured on 100,000 drafts, where a
      // draft's row is a whole page because its JSON is inline):
      // - counting: looking the matches up in `drafts_live` (narrow, keyed by seq, holding what the
      //   filters test) is fastest unless nearly everything matches; never in the rows themselves;
      // - the page: for few matches (a number, a rare name) start from them by rowid; for more (a
      //   common first name, an area code) walk the list's sort index and stop at the first page of
      //   matches, instead of reading and sorting a page per match.
      // A unary `+` keeps SQLite from using an index for that term, so the plans do not depend on
      // whether ANALYZE statistics exist.
      let estimate = Number.POSITIVE_INFINITY;
      if (matchSql !== null) {
        estimate = (prepare(`SELECT count(*) AS n FROM (${matchSql})`).get(...matchParams) as { n: number })
          .n;
        if (estimate === 0) return { rows: [], total: 0 };
      }
      const conditions = (byMatches: boolean) =>
        [
          'd.deleted_at IS NULL',
          `${byMatches ? '+' : ''}d.archived = ?`,
          ...where,
          ...(matchSql !== null ? [`${byMatches ? '' : '+'}d.seq IN (${matchSql})`] : []),
        ].join(' AND ');
      const all = [options.archived ? 1 : 0, ...params, ...matchParams];
      const countByIndex = estimate <= countByMatches;
      const countSql = `SELECT count(*) AS n FROM drafts d ${countByIndex ? 'INDEXED BY drafts_live' : ''} WHERE ${conditions(countByIndex)}`;
      const total = (prepare(countSql).get(...all) as { n: number }).n;
      // The page's seqs first, from the indexes alone; then only those rows.
      const pageSeqs = `SELECT d.seq FROM drafts d WHERE ${conditions(estimate <= pageByMatches)} ORDER BY ${order} LIMIT ? OFFSET ?`;
      const rows = prepare(
        `SELECT ${summaryColumns} FROM drafts d WHERE d.seq IN (${pageSeqs}) ORDER BY ${order}`,
      ).all(...all, limit, offset) as SummaryRow[];
      return { rows: rows.map(toSummary), total };
    });
  };
}
