// What the drafts list can be asked: the search text, filters, sort and paging, as plain constants and a
// type. Kept free of zod so the renderer's first screen does not load it; the schema that checks a query
// (draft-list-schema.ts) is built from these same constants.
import type { DraftKind } from './catalogue';
import type { DraftStatus } from './draft';
import type { DraftSummary } from './draft-views';

export const draftSorts = ['updated', 'created', 'customer', 'status', 'kind'] as const;
export type DraftSort = (typeof draftSorts)[number];

/** The search box: a name, a number, a ticket or a reference fits well within this. */
export const maxDraftSearchLength = 200;
/** Rows in one page of the list. */
export const maxDraftPageSize = 500;

export interface DraftListQuery {
  query?: string;
  statuses?: DraftStatus[];
  kinds?: DraftKind[];
  sort?: DraftSort;
  direction?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  archived?: boolean;
}

/** One page of the list, and how many drafts match in all. */
export interface DraftListPage {
  rows: DraftSummary[];
  total: number;
}
