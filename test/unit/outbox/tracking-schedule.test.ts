import { describe, expect, it } from 'vitest';
import {
  isFinalPortStatus,
  nextPollAt,
  trackingInterval,
  type TrackingSchedule,
} from '../../../src-main/outbox/tracking-schedule';

const schedule: TrackingSchedule = { initialMs: 60_000, capMs: 30 * 60_000 };
const hour = 60 * 60_000;
const day = 24 * hour;

describe('tracking schedule', () => {
  it('asks every minute during the first day', () => {
    expect(trackingInterval(0, schedule)).toBe(60_000);
    expect(trackingInterval(23 * hour, schedule)).toBe(60_000);
  });

  it('doubles with each day of age up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 30].map((d) => trackingInterval(d * day, schedule))).toEqual([
      120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000, 1_800_000,
    ]);
  });

  it('stops at COMPLETED, CANCELLED and EXPIRED, and only there', () => {
    for (const status of ['COMPLETED', 'CANCELLED', 'EXPIRED']) {
      expect(isFinalPortStatus(status)).toBe(true);
      expect(nextPollAt(0, day, status, schedule)).toBeNull();
    }
    for (const status of ['PENDING', 'SUBMITTED', 'CONFIRMED', 'REJECTED', 'HOLD', 'CANCELLATIONPENDING']) {
      expect(isFinalPortStatus(status)).toBe(false);
    }
    expect(nextPollAt(0, 2 * day, 'REJECTED', schedule)).toBe(2 * day + 240_000);
    expect(nextPollAt(0, 10, null, schedule)).toBe(10 + 60_000);
  });
});
