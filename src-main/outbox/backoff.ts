// When to try again. Exponential backoff with "equal jitter": half the delay is fixed so a retry
// never comes back immediately, the other half is random so many queued items do not retry in lockstep.

export interface BackoffPolicy {
  /** Delay before the second attempt, before jitter. */
  baseMs: number;
  /** The delay never grows beyond this. */
  capMs: number;
}

export const defaultRetryPolicy: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/** While the carrier is unreachable: probe again after 1 s, 2 s, 4 s ... up to a minute. */
export const defaultOfflinePolicy: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/**
 * The delay after the `failures`-th consecutive failure (1 = first failure).
 * Always within [ceiling / 2, ceiling] where ceiling = min(cap, base * 2^(failures - 1)).
 * `random` returns a number in [0, 1), injected so tests can pin it.
 */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, Math.floor(failures) - 1);
  // 2^exponent overflows to Infinity long after the cap is reached; Math.min keeps it bounded.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(exponent, 52));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * jitter);
}

/**
 * The delay after a failure that told us when to come back (HTTP 429 Retry-After): never earlier than asked,
 * plus up to 10 % so the items held back together do not all return in the same instant.
 */
export function retryDelay(
  failures: number,
  random: () => number,
  policy: BackoffPolicy,
  retryAfterMs: number | undefined,
): number {
  if (retryAfterMs === undefined || !Number.isFinite(retryAfterMs) || retryAfterMs < 0) {
    return backoffDelay(failures, random, policy);
  }
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(retryAfterMs + retryAfterMs * 0.1 * jitter);
}
