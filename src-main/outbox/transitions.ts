// What each step of the exactly-once protocol does to an outbox item and its draft: the verdict on a POST,
// the outcome of a reconciliation, a local failure. Each function only writes through the repository and
// the store, inside the caller's durable transaction, so an item's row, its intents, its tracking and its
// draft always change together or not at all. The dealer's review choices build on these (review-choices.ts).
import { backoffDelay, retryDelay, type BackoffPolicy } from './backoff';
import { encodeEvidence } from './evidence-text';
import { focusPathForException } from './focus-path';
import type { OutboxStore } from './outbox-deps';
import { encodeError, errorFromCarrier, type StoredError } from './outbox-error-text';
import type { OutboxRepository, OutboxRow } from './outbox-repository';
import type { ReconcileDecision, ReconcileEvidence } from './reconcile-decision';
import type { Lookups } from './reconcile-lookups';
import type { SubmissionVerdict } from './submission-outcome';

export interface TransitionContext {
  repo: OutboxRepository;
  store: OutboxStore;
  now: () => number;
  /** [0, 1), for the jitter. */
  random: () => number;
  retryPolicy: BackoffPolicy;
  /** How many times lookups may fail in a row before an undecided item goes to needsReview. */
  maxUndecided: number;
  /** First status request for a newly submitted port, this long after its ticket arrives. */
  firstPollDelayMs: number;
  /** A draft got its ticket; told on the next turn, once the transaction has committed. */
  onSubmitted: ((draftId: string) => void) | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

const statusOfVerdict = {
  submitted: 'submitted',
  refused: 'needsAttention',
  exception: 'needsAttention',
  failed: 'needsAttention',
} as const;

/** The item has its ticket: it leaves the outbox, the draft shows the ticket and tracking starts. */
export function markSubmitted(
  ctx: TransitionContext,
  draftId: string,
  ticket: string,
  reply: number | null,
  message: string | null,
  at: string,
): void {
  ctx.repo.settle(draftId, 'submitted', at, { ticket, reply, message, focusPath: null, lastError: null });
  ctx.repo.startTracking(draftId, ticket, at, iso(Date.parse(at) + ctx.firstPollDelayMs));
  ctx.store.drafts.setTicket(draftId, ticket);
  ctx.store.drafts.setStatus(draftId, 'submitted');
  // After the commit: the tracker reads the row this transaction writes.
  if (ctx.onSubmitted) {
    const notify = ctx.onSubmitted;
    setImmediate(() => notify(draftId));
  }
}

/** The carrier's evidence does not settle whether it has the port: the dealer decides (resolveReview). */
export function markReview(
  ctx: TransitionContext,
  draftId: string,
  evidence: ReconcileEvidence,
  at: string,
): void {
  // Stored as data: the dealer reads it in their language whenever it is shown (evidence-text.ts).
  ctx.repo.review(draftId, at, encodeEvidence(evidence), encodeError({ key: 'outbox.needsReview' }));
  ctx.store.drafts.setStatus(draftId, 'needsReview');
}

/** The answer to a POST, in the transaction that records the attempt. */
export function applyVerdict(
  ctx: TransitionContext,
  row: OutboxRow,
  verdict: SubmissionVerdict,
  at: string,
): void {
  const { repo, store } = ctx;
  const draftId = row.draft_id;
  const waitFor = (delayMs: number, failures: number, error: StoredError) =>
    repo.setState(draftId, 'waiting', at, {
      nextAttemptAt: iso(Date.parse(at) + delayMs),
      lastError: encodeError(error),
      failures,
    });
  switch (verdict.kind) {
    case 'submitted':
      repo.resolveIntents(draftId, at, 'answered');
      markSubmitted(ctx, draftId, verdict.ticket, verdict.reply, verdict.message, at);
      return;
    case 'refused':
    case 'exception':
    case 'failed': {
      repo.resolveIntents(draftId, at, 'answered');
      const message = verdict.kind === 'failed' ? null : verdict.message;
      const lastError: StoredError =
        verdict.kind === 'failed'
          ? errorFromCarrier(verdict.error)
          : { key: 'carrier.exception', params: { message: message ?? '' } };
      repo.settle(draftId, 'needsAttention', at, {
        ticket: verdict.kind === 'refused' ? verdict.ticket : null,
        reply: verdict.kind === 'refused' ? verdict.reply : null,
        message,
        focusPath: verdict.kind === 'exception' ? focusPathForException(verdict.message) : null,
        lastError: encodeError(lastError),
      });
      if (verdict.kind === 'refused' && verdict.ticket) store.drafts.setTicket(draftId, verdict.ticket);
      store.drafts.setStatus(draftId, statusOfVerdict[verdict.kind]);
      return;
    }
    case 'unauthorized':
      // Refused at the door: nothing was recorded. The item waits, unchanged, for the account to be fixed.
      repo.resolveIntents(draftId, at, 'not sent (unauthorized)');
      repo.setState(draftId, 'queued', at, {
        nextAttemptAt: null,
        lastError: encodeError(errorFromCarrier(verdict.error)),
        failures: row.failures,
      });
      return;
    case 'offline':
      repo.resolveIntents(draftId, at, 'not sent (unreachable)');
      repo.setState(draftId, 'waiting', at, {
        nextAttemptAt: null,
        lastError: encodeError(errorFromCarrier(verdict.error)),
        failures: row.failures,
      });
      return;
    case 'retry': {
      repo.resolveIntents(draftId, at, `not sent (${verdict.error.kind})`);
      const failures = row.failures + 1;
      waitFor(
        retryDelay(failures, ctx.random, ctx.retryPolicy, verdict.retryAfterMs),
        failures,
        errorFromCarrier(verdict.error),
      );
      return;
    }
    case 'unknown': {
      // The intent stays open: the next pick-up reconciles before anything is sent again.
      const failures = row.failures + 1;
      waitFor(backoffDelay(failures, ctx.random, ctx.retryPolicy), failures, errorFromCarrier(verdict.error));
      return;
    }
  }
}

/**
 * The lookups after an unknown outcome, recorded with what they decided. True when the carrier shows no
 * port for this item, so it may be sent (the caller sends after the commit).
 */
export function applyReconciliation(
  ctx: TransitionContext,
  row: OutboxRow,
  lookups: Lookups,
  decision: ReconcileDecision,
  at: string,
): boolean {
  const { repo } = ctx;
  const draftId = row.draft_id;
  for (const entry of lookups.audit) {
    repo.recordAttempt({ draftId, at, requestSha256: null, reply: null, ...entry });
  }
  switch (decision.kind) {
    case 'adopt':
      repo.resolveIntents(draftId, at, `adopted ${decision.ticket}`);
      markSubmitted(ctx, draftId, decision.ticket, null, null, at);
      return false;
    case 'send':
      repo.resolveIntents(draftId, at, 'absent at the carrier');
      return true;
    case 'review':
      markReview(ctx, draftId, decision.evidence, at);
      return false;
    case 'undecided': {
      const failures = row.failures + 1;
      if (lookups.unreachable) {
        // Unreachable is being offline, not a failed lookup: it does not count towards review.
        repo.setState(draftId, 'waiting', at, {
          nextAttemptAt: null,
          lastError: encodeError({ key: 'carrier.unreachable' }),
          failures: row.failures,
        });
      } else if (failures >= ctx.maxUndecided) {
        markReview(ctx, draftId, decision.evidence, at);
      } else {
        repo.setState(draftId, 'waiting', at, {
          nextAttemptAt: iso(ctx.now() + backoffDelay(failures, ctx.random, ctx.retryPolicy)),
          lastError: encodeError({ key: 'carrier.unreachable' }),
          failures,
        });
      }
      return false;
    }
  }
}

/** The work on an item failed locally (disk full...): it waits a while and is tried again. */
/**
 * A frozen request that cannot be sent as it was frozen (a document gone or damaged, frozen-body.ts):
 * nothing left, and trying again would not help. The dealer is told which document, and can edit a copy.
 */
export function markUnsendable(
  ctx: TransitionContext,
  draftId: string,
  error: StoredError,
  at: string,
): void {
  ctx.repo.settle(draftId, 'needsAttention', at, {
    ticket: null,
    reply: null,
    message: null,
    focusPath: null,
    lastError: encodeError(error),
  });
  ctx.store.drafts.setStatus(draftId, 'needsAttention');
}

export function markFailedLocally(ctx: TransitionContext, draftId: string): void {
  ctx.repo.setState(draftId, 'waiting', iso(ctx.now()), {
    nextAttemptAt: iso(ctx.now() + backoffDelay(3, ctx.random, ctx.retryPolicy)),
    lastError: encodeError({ key: 'error.internal' }),
    failures: (ctx.repo.itemLight(draftId)?.failures ?? 0) + 1,
  });
}
