// The shapes of the outbox tables' rows (migrations 002 and 004) as the repository reads and writes them,
// kept apart from the statements so every statement file and every reader shares one definition.
import type { TargetColumns } from './targets';

export const outboxItemStates = [
  'queued',
  'sending',
  'waiting',
  'needsReview',
  'submitted',
  'needsAttention',
  'cancelled',
] as const;
export type OutboxItemRowState = (typeof outboxItemStates)[number];

/** States still in the outbox (outbox.list shows these); the others have left it. */
export const pendingStates: readonly OutboxItemRowState[] = ['queued', 'sending', 'waiting', 'needsReview'];

export interface OutboxRow {
  draft_id: string;
  entry_id: string;
  method: string;
  path: string;
  /**
   * The frozen body as parts (outbox_bodies.parts_json, migration 009; outbox/frozen-body.ts); empty for
   * an item imported from another computer, which is never sent from here.
   */
  body_json: string;
  body_sha256: string;
  customer_reference: string;
  numbers_json: string;
  state: OutboxItemRowState;
  attempts: number;
  failures: number;
  next_attempt_at: string | null;
  last_error: string | null;
  ticket: string | null;
  reply: number | null;
  message: string | null;
  focus_path: string | null;
  evidence: string | null;
  finalized_at: string;
  updated_at: string;
  /** When an import brought it from another computer (migration 005); null when finalized here. */
  imported_at: string | null;
  /** The carrier it was finalized for (targets.ts reads these three as a CarrierTarget). */
  target_kind: 'practice' | 'account';
  target_base_url: string | null;
  target_username: string | null;
}

/** A row without the (possibly large) frozen body. */
export type OutboxRowLight = Omit<OutboxRow, 'body_json'>;

export interface NewOutboxItem {
  draftId: string;
  entryId: string;
  method: string;
  path: string;
  /** The frozen body as parts (outbox/frozen-body.ts). */
  bodyJson: string;
  bodySha256: string;
  customerReference: string;
  numbers: number[];
  at: string;
  target: TargetColumns;
}

/** An item an import brings from another computer: its request's record, without the body (never sent here). */
export interface ImportedOutboxItem {
  draftId: string;
  entryId: string;
  method: string;
  path: string;
  bodySha256: string;
  customerReference: string;
  numbers: number[];
  state: OutboxItemRowState;
  attempts: number;
  ticket: string | null;
  reply: number | null;
  message: string | null;
  focusPath: string | null;
  lastError: string | null;
  evidence: string | null;
  finalizedAt: string;
  updatedAt: string;
  importedAt: string;
  /** Sent to the practice carrier on the other computer ('account' otherwise; its address is not kept). */
  targetKind: 'practice' | 'account';
}

export interface AttemptRecord {
  draftId: string;
  at: string;
  operation: string;
  requestSha256: string | null;
  httpStatus: number | null;
  reply: number | null;
  ticket: string | null;
  error: string | null;
}

export interface AttemptRow {
  at: string;
  operation: string;
  request_sha256: string | null;
  http_status: number | null;
  reply: number | null;
  ticket: string | null;
  error: string | null;
}

export interface IntentRow {
  id: number;
  draft_id: string;
  attempt: number;
  body_sha256: string;
  created_at: string;
}

export interface TrackingRow {
  draft_id: string;
  ticket: string;
  submitted_at: string;
  last_status: string | null;
  next_poll_at: string | null;
  /** When the carrier began answering "not found" for this ticket (migration 006); NULL while it finds it. */
  not_found_since: string | null;
}

/** A port due for a status request, with the carrier its ticket came from. */
export type DueTrackingRow = TrackingRow &
  Pick<OutboxRow, 'target_kind' | 'target_base_url' | 'target_username'>;

export interface RejectRow {
  reason: string | null;
  summary: string | null;
  details_json: string;
  focus_path: string | null;
  at: string;
}

export type ListedRow = Pick<
  OutboxRow,
  | 'draft_id'
  | 'state'
  | 'attempts'
  | 'next_attempt_at'
  | 'last_error'
  | 'target_kind'
  | 'target_base_url'
  | 'target_username'
> & {
  title: string | null;
};
