// What can go wrong when talking to the carrier, as data. The client never throws: every call ends in
// `{ ok: true, value }` or `{ ok: false, error: CarrierError }`, and the error says whether to retry and
// whether a POST may have reached the carrier (the heart of exactly-once submission).
import type { MessageKey } from '../shared/domain/messages';

export type CarrierErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'server'
  | 'exception'
  | 'badResponse'
  | 'timeout'
  | 'connectionFailed'
  | 'connectionDropped'
  | 'certificate'
  | 'noAccount'
  | 'invalidRequest';

export interface CarrierException {
  ID: string;
  Message: string;
}

export interface CarrierError {
  kind: CarrierErrorKind;
  /** The HTTP status when the carrier answered. */
  status?: number;
  /**
   * Whether the same request may succeed later without the dealer changing anything.
   * For a POST with `outcomeUnknown`, retrying blindly could port twice: reconcile first.
   */
  retryable: boolean;
  /**
   * True only when a POST may have reached the carrier and been acted on, but we do not know the answer.
   * Always false for GETs (reading twice is harmless) and whenever the carrier answered with a status.
   */
  outcomeUnknown: boolean;
  /** What to tell the dealer (translated by the domain's catalogue), with `messageParams`. */
  messageKey: MessageKey;
  messageParams?: Record<string, string | number>;
  /** 429: how long the carrier asked us to wait, from Retry-After (seconds or an HTTP date). */
  retryAfterMs?: number;
  /** 4xx with an Exception body: the carrier's own ID and message, kept as sent. */
  exception?: CarrierException;
  /** A short technical note (never a secret, never the request): e.g. what was wrong with a response. */
  detail?: string;
}

export type CarrierOutcome<T> = { ok: true; value: T; status: number } | { ok: false; error: CarrierError };
