// What the outbox and the tracker report about a request on its way to the carrier: the outbox list, one
// port's tracking, a status change, and what finalizing, splitting and "edit a copy" answer. Plain shapes
// shared by the services that produce them, the IPC contract that carries them and the renderer.
import type { CarrierTarget } from './carrier-target';
import type { RejectDetail } from './contract';
import type { DraftDetail } from './draft-views';

export type OutboxItemState = 'queued' | 'sending' | 'waiting' | 'needsReview';

export interface OutboxItem {
  draftId: string;
  title: string;
  state: OutboxItemState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** The carrier it was finalized for; it is only ever sent there. */
  target: CarrierTarget;
  /** Finalized for another carrier than the current one: it waits for the dealer's choice. */
  held: boolean;
}

export interface OutboxState {
  paused: null | 'unauthorized';
  online: boolean;
  items: OutboxItem[];
  /** Where requests finalized now go: the account if one is set up, else the practice carrier. */
  current: CarrierTarget;
}

/** What "send to the current carrier" did: how many moved, how many had already started sending. */
export interface MoveToCurrentResult {
  moved: number;
  refused: number;
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
  /** The carrier the request was finalized for (null: it never joined the outbox). */
  target: CarrierTarget | null;
}

export interface SplitResult {
  regular: DraftDetail;
  tollFree: DraftDetail;
}

export interface FinalizeResult {
  draft: DraftDetail;
}

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
