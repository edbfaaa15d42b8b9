// The submission worker: drains the outbox to the carrier, exactly once per finalized draft (the protocol
// is in send-item.ts). This file keeps the public API and wires the parts: the due-item pump (due-pump.ts)
// finds due items and starts up to `concurrency` of them, send-item.ts runs one item's turn, transitions.ts
// and review-choices.ts say what each outcome does to the item and its draft, worker-state.ts holds the
// pause, connectivity and 429 hold, and change-feed.ts coalesces the view updates. Only the requests of the
// current carrier target are sent; the others wait until the dealer sends them to it or pulls them back
// to drafts (pull-back.ts).
import { defaultOfflinePolicy, defaultRetryPolicy, type BackoffPolicy } from './backoff';
import { createChangeFeed } from './change-feed';
import { createDuePump } from './due-pump';
import type { OutboxCarrier, OutboxClock, OutboxLog, OutboxStore, OutboxTargets } from './outbox-deps';
import { createOutboxRepository } from './outbox-repository';
import { outboxSnapshot, type OutboxSnapshotOptions } from './outbox-snapshot';
import { moveToTarget, pullBack, type MoveResult } from './pull-back';
import { applyReviewChoice, checkReviewChoice, type ReviewChoice } from './review-choices';
import { createItemSender } from './send-item';
import { oneCarrier, targetColumns } from './targets';
import { markFailedLocally, type TransitionContext } from './transitions';
import { createWorkerState } from './worker-state';
import type { OutboxState } from '../shared/domain/outbox-views';
import { errorKind } from '../shared/domain/failure';

export type { ReviewChoice } from './review-choices';

/** The carriers: `targets` in the app; `client` alone in tests of the outbox with one carrier (oneCarrier). */
export type OutboxWorkerOptions = WorkerOptions & ({ targets: OutboxTargets } | { client: OutboxCarrier });

interface WorkerOptions {
  store: OutboxStore;
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
  /** Back to an editable draft, frozen body discarded. Throws Failure notFound, notQueued or sendingStarted. */
  pullBack(draftId: string): void;
  /** Binds these requests (waiting for another carrier) to the current one; those started sending stay. */
  sendToCurrent(draftIds: readonly string[]): MoveResult;
  snapshot(): OutboxState;
  /** Resolves when nothing is due and nothing is in flight (tests and benchmarks). */
  idle(): Promise<void>;
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store } = options;
  const targets = 'targets' in options ? options.targets : oneCarrier(options.client);
  const current = () => targetColumns(targets.current());
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retryPolicy = options.retryPolicy ?? defaultRetryPolicy;
  const log: OutboxLog = options.log ?? (() => undefined);
  const repo = createOutboxRepository(store.db);

  const nowMs = () => clock().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  // The state reports view changes through the feed, and the feed's snapshot reads the state: each only
  // calls the other after both exist.
  const snapshot = (): OutboxState =>
    outboxSnapshot(
      repo,
      { paused: state.paused, online: state.online, current: targets.current() },
      options.snapshot,
    );
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
  const sendItem = createItemSender({ repo, store, targets, state, transitions, now: nowMs, log, changed });

  const pump = createDuePump<string>({
    closed: () => state.closed(),
    now: nowMs,
    holdMs: (now) => state.holdMs(now),
    limit: () => state.limit(concurrency),
    due: (now, count) => repo.dueIds(current(), iso(now), count),
    idOf: (draftId) => draftId,
    nextDelayMs(now) {
      const next = repo.nextDueAt(current());
      return next === null ? null : Date.parse(next) - now;
    },
    process: sendItem,
    failed(draftId, error) {
      // A storage failure (disk full...) must not kill the worker; the item stays as last committed.
      log(`outbox: ${draftId} failed locally: ${errorKind(error)}`, 'error');
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
        log(`outbox: ${recovered.length} item(s) were interrupted mid-request; reconciling`, 'warn');
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
      // A newly finalized request is in the view even when nothing can be sent now (paused, held for
      // another carrier): the pump alone would not say so until something else changed.
      changed();
      pump.run();
    },
    resolveReview(draftId, choice, ticket) {
      checkReviewChoice(transitions, draftId, choice, ticket);
      const at = iso(nowMs());
      store.durably(() => applyReviewChoice(transitions, draftId, choice, ticket, at));
      changed(draftId);
      pump.run();
    },
    pullBack(draftId) {
      store.durably(() => pullBack({ repo, store }, draftId));
      changed(draftId);
    },
    sendToCurrent(draftIds) {
      const at = iso(nowMs());
      const result = store.durably(() => moveToTarget({ repo, store }, draftIds, targets.current(), at));
      for (const draftId of result.moved) changed(draftId);
      changed();
      state.probeNow();
      pump.run();
      return result;
    },
    snapshot,
    idle() {
      return pump.idle(
        () => !state.running || state.paused !== null || repo.dueIds(current(), iso(nowMs()), 1).length === 0,
      );
    },
  };
}
