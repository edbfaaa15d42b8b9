// The drafts table's row shapes and how they become what the IPC layer returns.
import type { DraftKind } from '../shared/domain/catalogue';
import type { Draft, DraftData, DraftStatus } from '../shared/domain/draft';

/** History points kept per draft in `draft_revisions` (the current state is in `drafts`, besides them). */
export const revisionsKept = 20;

/** Statuses in which the dealer may still edit a draft; later ones are locked (edit a copy instead). */
export const editableStatuses: readonly DraftStatus[] = ['draft', 'ready'];

export interface DraftSummary {
  id: string;
  kind: DraftKind;
  title: string;
  customerName: string;
  /** Up to five of the numbers to port, as typed. */
  numbers: string[];
  numberCount: number;
  status: DraftStatus;
  created: string;
  updated: string;
  ticket: string | null;
  archived: boolean;
}

export type DraftDetail = Draft & { ticket: string | null; archived: boolean; editable: boolean };

export interface TrashedDraftSummary extends DraftSummary {
  deletedAt: string;
  /** When purgeTrash will remove it for good (deletedAt + 30 days). */
  purgeAfter: string;
}

export interface DraftRevisionSummary {
  revision: number;
  updated: string;
  title: string;
}

/** The columns of `drafts` a summary needs. */
export const summaryColumns =
  'd.seq, d.id, d.kind, d.title, d.status, d.created, d.updated, d.revision, d.archived, d.deleted_at, d.ticket, d.customer_name, d.numbers, d.number_count';

export interface SummaryRow {
  seq: number;
  id: string;
  kind: DraftKind;
  title: string;
  status: DraftStatus;
  created: string;
  updated: string;
  revision: number;
  archived: number;
  deleted_at: string | null;
  ticket: string | null;
  customer_name: string;
  numbers: string;
  number_count: number;
}

export interface DetailRow extends SummaryRow {
  data: string;
}

export function toSummary(row: SummaryRow): DraftSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    customerName: row.customer_name,
    numbers: JSON.parse(row.numbers) as string[],
    numberCount: row.number_count,
    status: row.status,
    created: row.created,
    updated: row.updated,
    ticket: row.ticket,
    archived: row.archived !== 0,
  };
}

export function toDetail(row: SummaryRow, data: DraftData): DraftDetail {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    data,
    status: row.status,
    created: row.created,
    updated: row.updated,
    revision: row.revision,
    ticket: row.ticket,
    archived: row.archived !== 0,
    editable: row.deleted_at === null && editableStatuses.includes(row.status),
  };
}
