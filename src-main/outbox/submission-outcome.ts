// What one POST of a port request means for the outbox item. Pure: the worker records and acts on it.
import type { CarrierError, CarrierOutcome } from '../carrier/carrier-error';
import type { TicketResponse } from '../carrier/responses';

/** The carrier's TicketResponse.Reply names (x-enum-names in the contract). */
export const replyNames: Readonly<Record<number, string>> = {
  0: 'Rejected',
  1: 'Accepted',
  2: 'Deferred',
  3: 'Conditional',
  4: 'Error',
};

export function replyName(reply: number | null): string | null {
  if (reply === null) return null;
  return replyNames[reply] ?? String(reply);
}

export type SubmissionVerdict =
  /** Reply Accepted, Deferred or Conditional: the carrier has the port under this ticket. */
  | { kind: 'submitted'; ticket: string; reply: number; message: string | null }
  /** Reply Rejected or Error (or a reply we do not know): the dealer must look at it. */
  | { kind: 'refused'; ticket: string | null; reply: number; message: string | null }
  /** A 4xx with an Exception body: the request itself was refused; nothing was recorded. */
  | { kind: 'exception'; status: number | null; message: string; exceptionId: string | null }
  /** 401/403 or no account: the whole queue waits for the dealer to fix the account. */
  | { kind: 'unauthorized'; error: CarrierError }
  /** The carrier could not be reached at all: the request never left. */
  | { kind: 'offline'; error: CarrierError }
  /** Known not recorded and worth another try later (429 Retry-After, ...). */
  | { kind: 'retry'; error: CarrierError; retryAfterMs: number | undefined }
  /** The carrier may or may not have recorded the port: look it up before any new send. */
  | { kind: 'unknown'; error: CarrierError }
  /** Cannot succeed without a change (the request could not be built or sent as is). */
  | { kind: 'failed'; error: CarrierError };

const acceptedReplies = new Set([1, 2, 3]);

/**
 * Maps the client's outcome for a port POST.
 * A 5xx and an unreadable 200 are treated as "unknown" even though the carrier answered: a server can fail
 * after it stored the port, and re-sending without looking first is how ports get doubled.
 */
export function classifySubmission(outcome: CarrierOutcome<TicketResponse>): SubmissionVerdict {
  if (outcome.ok) {
    const { Reply: reply, TicketMask: ticket } = outcome.value;
    const message = outcome.value.Message ?? null;
    if (acceptedReplies.has(reply) && ticket.trim() !== '')
      return { kind: 'submitted', ticket, reply, message };
    return { kind: 'refused', ticket: ticket.trim() === '' ? null : ticket, reply, message };
  }
  const error = outcome.error;
  if (error.outcomeUnknown) return { kind: 'unknown', error };
  switch (error.kind) {
    case 'unauthorized':
    case 'forbidden':
    case 'noAccount':
      return { kind: 'unauthorized', error };
    case 'connectionFailed':
      return { kind: 'offline', error };
    case 'rateLimited':
      return { kind: 'retry', error, retryAfterMs: error.retryAfterMs };
    case 'server':
    case 'badResponse':
    case 'timeout':
    case 'connectionDropped':
      return { kind: 'unknown', error };
    case 'exception':
    case 'notFound':
      return {
        kind: 'exception',
        status: error.status ?? null,
        message: error.exception?.Message ?? error.detail ?? error.messageKey,
        exceptionId: error.exception?.ID ?? null,
      };
    case 'certificate':
      return { kind: 'retry', error, retryAfterMs: undefined };
    case 'invalidRequest':
      return { kind: 'failed', error };
  }
  return error.retryable
    ? { kind: 'retry', error, retryAfterMs: error.retryAfterMs }
    : { kind: 'failed', error };
}

/** For a log line: the kind, the HTTP status and the carrier's exception ID; never its message. */
export function logSummary(error: CarrierError): string {
  return [error.kind, error.status, error.exception?.ID].filter((part) => part !== undefined).join(' ');
}

/** A short audit text for an error: the kind and the carrier's own words, never the request. */
export function describeError(error: CarrierError): string {
  const parts: string[] = [error.kind];
  if (error.exception) parts.push(`${error.exception.ID}: ${error.exception.Message}`);
  else if (error.detail) parts.push(error.detail);
  return parts.join(' — ');
}
