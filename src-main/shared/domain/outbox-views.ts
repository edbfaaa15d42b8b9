// What the outbox and the tracker report about a request on its way to the carrier: the outbox list, one
// port's tracking, a status change, and what finalizing, splitting and "edit a copy" answer. Plain shapes
// shared by the services that produce them, the IPC contract that carries them and the renderer.
import type { RejectDetail } from './contract';
import type { DraftDetail } from './draft-views';
import type { ConflictingRequest } from './number-conflicts';

export type OutboxItemState = 'queued' | 'sending' | 'waiting' | 'needsReview';

export interface OutboxItem {
  draftId: string;
  title: string;
  state: OutboxItemState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}

export interface OutboxState {
  paused: null | 'unauthorized';
  online: boolean;
  items: OutboxItem[];
}

export interface TrackingAttempt {
  at: string;
  operation: string;
  status: number | null;
  reply: string | null;
  ticket: string | null;
  error: string | null;
}

export interface TrackingInfo {
  ticket: string | null;
  reply: string | null;
  message: string | null;
  timeline: { status: string; at: string }[];
  reject: { reason: string; summary: string; details: RejectDetail[]; focusPath: string | null } | null;
  attempts: TrackingAttempt[];
  evidence: string | null;
  /**
   * When an import brought this record from the computer that sent the request; null when it was sent
   * from here. An imported record is not followed here: its statuses are those of the export.
   */
  importedAt: string | null;
}

export interface SplitResult {
  regular: DraftDetail;
  tollFree: DraftDetail;
}

/**
 * What finalizing answers: the draft, now queued; or, when other active requests already port some of
 * its numbers and the dealer has not confirmed yet, those requests (nothing was queued).
 */
export type FinalizeResult =
  | { outcome: 'queued'; draft: DraftDetail }
  | { outcome: 'confirmDuplicates'; duplicates: ConflictingRequest[] };

export interface EditCopyResult {
  draft: DraftDetail;
  focusPath: string | null;
}

/** A port's status changed (main → renderer event, and desktop notifications). */
export interface PortStatusChange {
  draftId: string;
  status: string;
  title: string;
}
