// The drafts table's row shapes and how they become what the IPC layer returns.
import type { DraftKind } from '../shared/domain/catalogue';
import type { DraftData, DraftStatus } from '../shared/domain/draft';
import { editableStatuses, type DraftDetail, type DraftSummary } from '../shared/domain/draft-views';

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
