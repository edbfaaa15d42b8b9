// While the carrier cannot be reached, the sender and the tracker each probe it on a growing timer
// (backoff.ts) instead of trying again at every turn of their loop. This holds that timer's state: how many
// probes failed in a row and when the next one may go.
import { backoffDelay, type BackoffPolicy } from './backoff';

export interface OfflineBackoff {
  /** No probe before this time (ms); 0 when there is nothing to wait for. */
  readonly until: number;
  /** A probe failed at `now`: the next one waits a backoff step longer than the last. */
  fail(now: number): void;
  /** The carrier answered: no wait and no failures any more. */
  reset(): void;
  /** Look now (a wake, "retry now", "refresh"): the wait ends, but the failures so far still count. */
  probeNow(): void;
}

export function createOfflineBackoff(random: () => number, policy: BackoffPolicy): OfflineBackoff {
  let failures = 0;
  let until = 0;
  return {
    get until() {
      return until;
    },
    fail(now) {
      failures += 1;
      until = now + backoffDelay(failures, random, policy);
    },
    reset() {
      failures = 0;
      until = 0;
    },
    probeNow() {
      until = 0;
    },
  };
}
