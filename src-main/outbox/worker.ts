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
//
// The loop is the shared due-item pump (due-pump.ts); the queue-wide state (pause, connectivity, 429 hold)
// is in worker-state.ts, the coalesced view updates in change-feed.ts, what each outcome does to an item in
// transitions.ts and review-choices.ts.
import { defaultOfflinePolicy, defaultRetryPolicy, type BackoffPolicy } from './backoff';
import { createChangeFeed } from './change-feed';
import { createDuePump } from './due-pump';
import type { OutboxCarrier, OutboxClock, OutboxLog, OutboxStore } from './outbox-deps';
import { createOutboxRepository, type OutboxRow } from './outbox-repository';
import { outboxSnapshot, type OutboxSnapshotOptions } from './outbox-snapshot';
import { applyReviewChoice, checkReviewChoice, type ReviewChoice } from './review-choices';
import { decideReconciliation } from './reconcile-decision';
import { lookUpPort } from './reconcile-lookups';
import { classifySubmission, describeError } from './submission-outcome';
import { applyReconciliation, applyVerdict, markFailedLocally, type TransitionContext } from './transitions';
import { createWorkerState } from './worker-state';
import type { OutboxState } from '../shared/domain/outbox-views';

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
  const log: OutboxLog = options.log ?? (() => undefined);
  const repo = createOutboxRepository(store.db);

  const nowMs = () => clock().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  const snapshot = (): OutboxState =>
    outboxSnapshot(repo, { paused: state.paused, online: state.online }, options.snapshot);
  const changed = createChangeFeed(options, snapshot);
  const state = createWorkerState({
    now: nowMs,
    random,
    retryPolicy,
    offlinePolicy: options.offlinePolicy ?? defaultOfflinePolicy,
    isOnline: options.isOnline,
    log,
    changed: () => changed(),
  });
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
    if (lookups.unreachable) state.goOffline();
    else state.goOnline();
    changed(draftId);
    return proceed;
  }

  async function send(row: OutboxRow): Promise<void> {
    const draftId = row.draft_id;
    const attempt = row.attempts + 1;
    const operation = `${row.method} ${row.path}`;
    const epoch = state.accountEpoch;
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
    state.afterVerdict(verdict, epoch);
    changed(draftId);
  }

  async function sendItem(draftId: string): Promise<void> {
    const row = repo.item(draftId);
    if (!row || (row.state !== 'queued' && row.state !== 'waiting')) return;
    if (repo.openIntent(draftId)) {
      const proceed = await reconcile(row);
      if (!proceed) return;
    }
    if (state.stopping || state.paused) return;
    await send(row);
  }

  const pump = createDuePump<string>({
    closed: () => state.closed(),
    now: nowMs,
    holdMs: (now) => state.holdMs(now),
    limit: () => state.limit(concurrency),
    due: (now, count) => repo.dueIds(iso(now), count),
    idOf: (draftId) => draftId,
    nextDelayMs(now) {
      const next = repo.nextDueAt();
      return next === null ? null : Date.parse(next) - now;
    },
    process: sendItem,
    failed(draftId, error) {
      // A storage failure (disk full...) must not kill the worker; the item stays as last committed.
      log(`outbox: ${draftId} failed locally: ${error instanceof Error ? error.message : String(error)}`);
      try {
        store.durably(() => markFailedLocally(transitions, draftId));
      } catch {
        // Still failing: the item keeps its last committed state and is picked up on the next start.
      }
    },
    settled: () => changed(),
  });

  return {
    start() {
      if (!state.start()) return;
      const recovered = store.durably(() => repo.recoverInterrupted(iso(nowMs())));
      if (recovered.length > 0)
        log(`outbox: ${recovered.length} item(s) were interrupted mid-request; reconciling`);
      changed();
      pump.run();
    },
    async stop() {
      state.beginStop();
      await pump.drain();
      state.endStop();
      pump.settleIdle();
    },
    retryNow() {
      store.durably(() => repo.retryWaitingNow());
      state.probeNow();
      changed();
      pump.run();
    },
    resume() {
      state.resume();
      changed();
      pump.run();
    },
    wake() {
      state.probeNow();
      pump.run();
    },
    resolveReview(draftId, choice, ticket) {
      checkReviewChoice(transitions, draftId, choice, ticket);
      const at = iso(nowMs());
      store.durably(() => applyReviewChoice(transitions, draftId, choice, ticket, at));
      changed(draftId);
      pump.run();
    },
    snapshot,
    idle() {
      return pump.idle(
        () => !state.running || state.paused !== null || repo.dueIds(iso(nowMs()), 1).length === 0,
      );
    },
  };
}
