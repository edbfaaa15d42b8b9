// The submission worker: drains the outbox to the carrier, exactly once per finalized draft.
//
// The exactly-once protocol:
// 1. Before each POST, an intent ("about to send attempt N of item X") is committed durably.
// 2. The POST's answer is committed durably with the attempt, and the intent is resolved.
// 3. An intent still open when an item is picked up again (the process died mid-request, or the answer
//    never came: dropped connection, timeout, 5xx) means the carrier may have the port. The worker then
//    never re-sends blindly: it looks the port up by CustomerReferenceNumber and by number, adopts the
//    ticket it finds, sends again only when the carrier shows nothing, and otherwise stops the item in
//    needsReview with the evidence for the dealer to decide (resolveReview).
import {
  backoffDelay,
  defaultOfflinePolicy,
  defaultRetryPolicy,
  retryDelay,
  type BackoffPolicy,
} from './backoff';
import type { OutboxCarrier, OutboxClock, OutboxLog, OutboxStore } from './outbox-deps';
import { createOutboxRepository, type OutboxRow } from './outbox-repository';
import { decideReconciliation } from './reconcile-decision';
import { lookUpPort } from './reconcile-lookups';
import { classifySubmission, describeError, type SubmissionVerdict } from './submission-outcome';
import { outboxSnapshot, type OutboxSnapshotOptions } from './outbox-snapshot';
import type { OutboxState } from '../shared/domain/outbox-views';
import { createWakeTimer } from './wake-timer';
import { applyReviewChoice, checkReviewChoice, type ReviewChoice } from './review-choices';
import { applyReconciliation, applyVerdict, markFailedLocally, type TransitionContext } from './transitions';

export type { ReviewChoice } from './review-choices';

export interface OutboxWorkerOptions {
  store: OutboxStore;
  client: OutboxCarrier;
  clock?: OutboxClock;
  /** [0, 1), for the jitter. */
  random?: () => number;
  /** Requests in flight at most. */
  concurrency?: number;
  /** The system's idea of connectivity (Electron's net.isOnline); when false, nothing is attempted. */
  isOnline?: () => boolean;
  /** Called (coalesced) whenever the outbox.list view may have changed. */
  onChange?: (state: OutboxState) => void;
  /** A draft got its ticket (wire to the tracker's wake()). */
  onSubmitted?: (draftId: string) => void;
  /** Called with the ids of drafts whose status or ticket changed. */
  onDraftsChanged?: (ids: string[]) => void;
  retryPolicy?: BackoffPolicy;
  offlinePolicy?: BackoffPolicy;
  /** How many times lookups may fail in a row before an undecided item goes to needsReview. */
  maxUndecidedLookups?: number;
  /** First status request for a newly submitted port, this long after its ticket arrives. */
  firstPollDelayMs?: number;
  log?: OutboxLog;
  snapshot?: OutboxSnapshotOptions;
}

export interface OutboxWorker {
  /** Recovers items caught mid-request by a crash (they will reconcile) and starts draining. */
  start(): void;
  /** Resolves at a safe point: no new sends start, the ones in flight are finished and recorded. */
  stop(): Promise<void>;
  /** Items waiting for a retry are attempted now (a 429's Retry-After is still honoured). */
  retryNow(): void;
  /** After the dealer fixed the account (401/403): the paused queue drains again. */
  resume(): void;
  /** A newly finalized draft, or the system says the network is back: look for work now. */
  wake(): void;
  /** Throws Failure notFound, invalidInput (adopting with no ticket) or notInReview. */
  resolveReview(draftId: string, choice: ReviewChoice, ticket?: string): void;
  snapshot(): OutboxState;
  /** Resolves when nothing is due and nothing is in flight (tests and benchmarks). */
  idle(): Promise<void>;
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, client } = options;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retryPolicy = options.retryPolicy ?? defaultRetryPolicy;
  const offlinePolicy = options.offlinePolicy ?? defaultOfflinePolicy;
  const log: OutboxLog = options.log ?? (() => undefined);
  const repo = createOutboxRepository(store.db);

  let running = false;
  let stopping = false;
  let paused: null | 'unauthorized' = null;
  /** Bumped by resume(): a 401 to a request sent before the dealer fixed the account must not pause again. */
  let accountEpoch = 0;
  let online = true;
  let offlineFailures = 0;
  /** While offline: no attempt before this time (ms). */
  let offlineUntil = 0;
  /** After a 429: the carrier asked the whole account to wait until then (ms). */
  let holdUntil = 0;
  const wakeTimer = createWakeTimer(() => pump());
  const inFlight = new Map<string, Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let changePending = false;
  const changedDrafts = new Set<string>();

  const nowMs = () => clock().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const transitions: TransitionContext = {
    repo,
    store,
    now: nowMs,
    random,
    retryPolicy,
    maxUndecided: options.maxUndecidedLookups ?? 4,
    firstPollDelayMs: options.firstPollDelayMs ?? 60_000,
    onSubmitted: options.onSubmitted,
  };

  function snapshot(): OutboxState {
    return outboxSnapshot(repo, { paused, online }, options.snapshot);
  }

  function changed(draftId?: string): void {
    if (draftId !== undefined) changedDrafts.add(draftId);
    if (changePending) return;
    changePending = true;
    // Coalesced: a burst of state changes (a queue of 500 draining) produces one view per turn of the loop.
    setImmediate(() => {
      changePending = false;
      if (changedDrafts.size > 0 && options.onDraftsChanged) {
        const ids = [...changedDrafts];
        changedDrafts.clear();
        options.onDraftsChanged(ids);
      } else changedDrafts.clear();
      options.onChange?.(snapshot());
    });
  }

  function goOffline(): void {
    offlineFailures += 1;
    offlineUntil = nowMs() + backoffDelay(offlineFailures, random, offlinePolicy);
    if (online) {
      online = false;
      log(`outbox: carrier unreachable, next probe in ${offlineUntil - nowMs()} ms`);
    }
    changed();
  }

  function goOnline(): void {
    offlineFailures = 0;
    offlineUntil = 0;
    if (!online) {
      online = true;
      log('outbox: carrier reachable again');
      changed();
    }
  }

  function settleIdle(): void {
    if (inFlight.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Starts as many due items as allowed; otherwise sleeps until the next one is due. Never spins. */
  function pump(): void {
    if (!running || stopping) return settleIdle();
    if (paused) return settleIdle();
    const now = nowMs();
    if (options.isOnline && !options.isOnline()) {
      // The system says there is no network: wait on a growing timer (or wake()), without touching the carrier.
      if (online || now >= offlineUntil) goOffline();
      wakeTimer.set(offlineUntil - now);
      return settleIdle();
    }
    if (!online && now < offlineUntil) {
      wakeTimer.set(offlineUntil - now);
      return settleIdle();
    }
    if (now < holdUntil) {
      wakeTimer.set(holdUntil - now);
      return settleIdle();
    }
    // Offline, one probe at a time: a dead network costs one connection attempt per backoff step.
    const limit = online ? concurrency : 1;
    const free = limit - inFlight.size;
    if (free > 0) {
      const ids = repo.dueIds(iso(now), free + inFlight.size).filter((id) => !inFlight.has(id));
      for (const id of ids.slice(0, free)) launch(id);
    }
    if (inFlight.size === 0) {
      const next = repo.nextDueAt();
      if (next !== null) wakeTimer.set(Date.parse(next) - now);
      settleIdle();
    }
  }

  function launch(draftId: string): void {
    const work = processItem(draftId)
      .catch((error: unknown) => {
        // A storage failure (disk full...) must not kill the worker; the item stays as last committed.
        log(`outbox: ${draftId} failed locally: ${error instanceof Error ? error.message : String(error)}`);
        try {
          store.durably(() => markFailedLocally(transitions, draftId));
        } catch {
          // Still failing: the item keeps its last committed state and is picked up on the next start.
        }
      })
      .finally(() => {
        inFlight.delete(draftId);
        changed();
        pump();
      });
    inFlight.set(draftId, work);
  }

  async function processItem(draftId: string): Promise<void> {
    const row = repo.item(draftId);
    if (!row || (row.state !== 'queued' && row.state !== 'waiting')) return;
    if (repo.openIntent(draftId)) {
      const proceed = await reconcile(row);
      if (!proceed) return;
    }
    if (stopping || paused) return;
    await send(row);
  }

  /** Returns true when the carrier shows no port for this item, so it may be sent. */
  async function reconcile(row: OutboxRow): Promise<boolean> {
    const draftId = row.draft_id;
    const numbers = JSON.parse(row.numbers_json) as number[];
    const lookups = await lookUpPort(client, row.customer_reference, numbers, (ticket) => {
      const owner = repo.ticketOwner(ticket);
      return owner !== null && owner !== draftId;
    });
    const at = iso(nowMs());
    const decision = decideReconciliation(lookups.byReference, lookups.byNumber);
    log(`outbox: ${draftId} reconcile → ${decision.kind} (${decision.evidence})`);
    const proceed = store.durably(() => applyReconciliation(transitions, row, lookups, decision, at));
    if (lookups.unreachable) goOffline();
    else goOnline();
    changed(draftId);
    return proceed;
  }

  async function send(row: OutboxRow): Promise<void> {
    const draftId = row.draft_id;
    const attempt = row.attempts + 1;
    const operation = `${row.method} ${row.path}`;
    const epoch = accountEpoch;
    const claimed = store.durably(() => repo.startAttempt(draftId, attempt, row.body_sha256, iso(nowMs())));
    if (!claimed) return;
    changed(draftId);
    log(`outbox: ${draftId} attempt ${attempt} ${operation}`);

    const outcome = await client.submitPort(row.path, JSON.parse(row.body_json) as unknown);
    const verdict = classifySubmission(outcome);
    const at = iso(nowMs());
    log(
      `outbox: ${draftId} attempt ${attempt} → ${verdict.kind}${outcome.ok ? '' : ` (${describeError(outcome.error)})`}`,
    );

    store.durably(() => {
      repo.recordAttempt({
        draftId,
        at,
        operation,
        requestSha256: row.body_sha256,
        httpStatus: outcome.ok ? outcome.status : (outcome.error.status ?? null),
        reply: outcome.ok ? outcome.value.Reply : null,
        ticket: outcome.ok ? outcome.value.TicketMask || null : null,
        error: outcome.ok ? null : describeError(outcome.error),
      });
      applyVerdict(transitions, row, verdict, at);
    });
    afterVerdict(verdict, epoch);
    changed(draftId);
  }

  function afterVerdict(verdict: SubmissionVerdict, epoch: number): void {
    switch (verdict.kind) {
      case 'unauthorized':
        if (epoch !== accountEpoch) return;
        if (paused === null) log('outbox: the carrier refused the account; the queue is paused');
        paused = 'unauthorized';
        return;
      case 'offline':
        goOffline();
        return;
      case 'retry':
        goOnline();
        if (verdict.error.kind === 'rateLimited') {
          holdUntil = Math.max(holdUntil, nowMs() + retryDelay(1, random, retryPolicy, verdict.retryAfterMs));
        }
        return;
      default:
        goOnline();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = false;
      const recovered = store.durably(() => repo.recoverInterrupted(iso(nowMs())));
      if (recovered.length > 0)
        log(`outbox: ${recovered.length} item(s) were interrupted mid-request; reconciling`);
      changed();
      pump();
    },
    async stop() {
      stopping = true;
      wakeTimer.clear();
      await Promise.allSettled([...inFlight.values()]);
      running = false;
      settleIdle();
    },
    retryNow() {
      store.durably(() => repo.retryWaitingNow());
      offlineUntil = 0;
      changed();
      pump();
    },
    resume() {
      paused = null;
      accountEpoch += 1;
      changed();
      pump();
    },
    wake() {
      offlineUntil = 0;
      pump();
    },
    resolveReview(draftId, choice, ticket) {
      checkReviewChoice(transitions, draftId, choice, ticket);
      const at = iso(nowMs());
      store.durably(() => applyReviewChoice(transitions, draftId, choice, ticket, at));
      changed(draftId);
      pump();
    },
    snapshot,
    idle() {
      if (inFlight.size === 0 && (!running || paused !== null || repo.dueIds(iso(nowMs()), 1).length === 0)) {
        return Promise.resolve();
      }
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
