// What the outbox and the tracker report about a request on its way to the carrier: the outbox list, one
// port's tracking, a status change, and what finalizing, splitting and "edit a copy" answer. Plain shapes
// shared by the services that produce them, the IPC contract that carries them and the renderer.
import type { CarrierTarget } from './carrier-target';
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
  /** In the dealer's words: never the carrier's own text, an HTTP status or an exception ID. */
  lastError: string | null;
  /** The carrier's own words with it (exception ID and message, HTTP status), for "Technical details". */
  lastErrorDetails: string | null;
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

/** "What we know" of a request in needsReview, in the dealer's language. */
export interface EvidenceView {
  /** One sentence per lookup (or an older row's text, as stored). */
  lines: string[];
  /** Why a lookup failed, in the carrier client's words: for "Technical details" only. */
  technical: string | null;
}

export interface TrackingInfo {
  ticket: string | null;
  /** The carrier's TicketResponse.Reply name (Accepted, Deferred…): the renderer puts it in words. */
  reply: string | null;
  /** What went wrong, in Portage's words in the dealer's language; never the carrier's own text. */
  message: string | null;
  /** The carrier's own words (its reply message, a refusal, an exception ID): for "Technical details". */
  carrierMessage: string | null;
  timeline: { status: string; at: string }[];
  reject: { reason: string; summary: string; details: RejectDetail[]; focusPath: string | null } | null;
  attempts: TrackingAttempt[];
  evidence: EvidenceView | null;
  /**
   * When an import brought this record from the computer that sent the request; null when it was sent
   * from here. An imported record is not followed here: its statuses are those of the export.
   */
  importedAt: string | null;
  /**
   * The carrier has answered "not found" for this ticket since `since` (null while it finds it);
   * `longEnough`: for a day or more, so the dealer is told and shown what to do.
   */
  notFound: { since: string; longEnough: boolean } | null;
  /** The carrier the request was finalized for (null: it never joined the outbox). */
  target: CarrierTarget | null;
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

/** What the carrier said of the rejected request an "edit a copy" draft was made from. */
export interface CopiedRejection {
  /** The rejected request. */
  sourceId: string;
  ticket: string | null;
  reject: { reason: string; summary: string; details: RejectDetail[] };
}

/** A port's status changed (main → renderer event, and desktop notifications). */
export interface PortStatusChange {
  draftId: string;
  status: string;
  title: string;
}
