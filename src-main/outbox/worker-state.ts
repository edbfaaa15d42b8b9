// The sender's state between sends, in one place rather than loose variables: whether it runs, the account
// pause after a 401/403 and its epoch, connectivity (online, and the offline backoff while it is not) and
// the account-wide hold after a 429. The pump asks it whether anything may start; the sender tells it what
// each answer from the carrier meant for the whole queue.
import { retryDelay, type BackoffPolicy } from './backoff';
import { createOfflineBackoff } from './offline-backoff';
import type { OutboxLog } from './outbox-deps';
import type { SubmissionVerdict } from './submission-outcome';

export interface WorkerStateOptions {
  now: () => number;
  random: () => number;
  retryPolicy: BackoffPolicy;
  offlinePolicy: BackoffPolicy;
  /** The system's idea of connectivity; when it says offline, nothing may start. */
  isOnline: (() => boolean) | undefined;
  log: OutboxLog;
  /** The outbox view may have changed (online/offline is part of it). */
  changed: () => void;
}

export type WorkerState = ReturnType<typeof createWorkerState>;

export function createWorkerState(options: WorkerStateOptions) {
  const { now, random, log, changed } = options;
  let running = false;
  let stopping = false;
  let paused: null | 'unauthorized' = null;
  /** Bumped by resume(): a 401 to a request sent before the dealer fixed the account must not pause again. */
  let accountEpoch = 0;
  let online = true;
  /** While offline: no attempt before offline.until (ms). */
  const offline = createOfflineBackoff(random, options.offlinePolicy);
  /** After a 429: the carrier asked the whole account to wait until then (ms). */
  let holdUntil = 0;

  function goOffline(): void {
    offline.fail(now());
    if (online) {
      online = false;
      log(`outbox: carrier unreachable, next probe in ${offline.until - now()} ms`, 'warn');
    }
    changed();
  }

  function goOnline(): void {
    offline.reset();
    if (!online) {
      online = true;
      log('outbox: carrier reachable again');
      changed();
    }
  }

  return {
    get running() {
      return running;
    },
    get stopping() {
      return stopping;
    },
    get paused() {
      return paused;
    },
    get online() {
      return online;
    },
    /** Taken before each send and handed back with its verdict (see afterVerdict). */
    get accountEpoch() {
      return accountEpoch;
    },
    /** False when it was already running. */
    start(): boolean {
      if (running) return false;
      running = true;
      stopping = false;
      return true;
    },
    /** No new sends start from now on; the ones in flight finish. */
    beginStop(): void {
      stopping = true;
    },
    /** The sends in flight at stop() have finished. */
    endStop(): void {
      running = false;
    },
    /** Nothing may start and no timer is needed: stopped, stopping or paused. */
    closed(): boolean {
      return !running || stopping || paused !== null;
    },
    /** How long nothing may start (offline backoff, 429 hold) as of `nowMs`, or null when sends may go. */
    holdMs(nowMs: number): number | null {
      if (options.isOnline && !options.isOnline()) {
        // The system says there is no network: wait on a growing timer (or wake()), without touching the carrier.
        if (online || nowMs >= offline.until) goOffline();
        return offline.until - nowMs;
      }
      if (!online && nowMs < offline.until) return offline.until - nowMs;
      if (nowMs < holdUntil) return holdUntil - nowMs;
      return null;
    },
    /** Offline, one probe at a time: a dead network costs one connection attempt per backoff step. */
    limit(concurrency: number): number {
      return online ? concurrency : 1;
    },
    goOffline,
    goOnline,
    /** What a send's verdict means for the whole queue; `epoch` is accountEpoch when the send started. */
    afterVerdict(verdict: SubmissionVerdict, epoch: number): void {
      switch (verdict.kind) {
        case 'unauthorized':
          if (epoch !== accountEpoch) return;
          if (paused === null) log('outbox: the carrier refused the account; the queue is paused', 'warn');
          paused = 'unauthorized';
          return;
        case 'offline':
          goOffline();
          return;
        case 'retry':
          goOnline();
          if (verdict.error.kind === 'rateLimited') {
            holdUntil = Math.max(
              holdUntil,
              now() + retryDelay(1, random, options.retryPolicy, verdict.retryAfterMs),
            );
          }
          return;
        default:
          goOnline();
      }
    },
    /** The dealer fixed the account: the queue drains again. */
    resume(): void {
      paused = null;
      accountEpoch += 1;
    },
    /** wake() or retryNow(): the next pass may probe the carrier at once. */
    probeNow(): void {
      offline.probeNow();
    },
  };
}
