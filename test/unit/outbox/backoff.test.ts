import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffDelay, retryDelay, type BackoffPolicy } from '../../../src-main/outbox/backoff';

const policy: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

describe('backoffDelay', () => {
  it('doubles with each failure and stops at the cap', () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(n, top, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('keeps at least half the delay, so a retry never comes back at once', () => {
    expect(backoffDelay(1, () => 0, policy)).toBe(500);
    expect(backoffDelay(3, () => 0, policy)).toBe(2_000);
  });

  it('stays within [ceiling/2, ceiling] for any failure count and any random draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
          const delay = backoffDelay(n, () => r, policy);
          return delay >= Math.floor(ceiling / 2) && delay <= ceiling && Number.isFinite(delay);
        },
      ),
    );
  });

  it('spreads items that failed together (jitter)', () => {
    const draws = [0.1, 0.5, 0.9];
    const delays = draws.map((r) => backoffDelay(4, () => r, policy));
    expect(new Set(delays).size).toBe(3);
  });
});

describe('retryDelay', () => {
  it('never comes back before the Retry-After the carrier asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (after, r) => {
          const delay = retryDelay(1, () => r, policy, after);
          return delay >= after && delay <= after * 1.1 + 1;
        },
      ),
    );
  });

  it('falls back to the backoff without a Retry-After', () => {
    expect(retryDelay(2, () => 0, policy, undefined)).toBe(backoffDelay(2, () => 0, policy));
  });
});
