// The harness's clock: the real time, plus however far a test has moved it on (POST /control/clock/advance).
// A journey uses it to let "a day" pass in a second, e.g. for a ticket the carrier has not found for a day;
// every service reads the same clock, so they all agree on what time it is. Only ever forward.
import type { Clock } from '../carrier/clock';

export interface ShiftedClock extends Clock {
  /** Moves the clock on by `ms`; returns how far it is ahead of the real time now. */
  advance(ms: number): number;
}

export function createShiftedClock(): ShiftedClock {
  let aheadMs = 0;
  return {
    now: () => Date.now() + aheadMs,
    advance(ms) {
      aheadMs += Math.max(0, ms);
      return aheadMs;
    },
  };
}
