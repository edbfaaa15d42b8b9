// How often a submitted port is asked for its status. Fresh ports change often (the carrier confirms within
// hours); old ones rarely, so the interval doubles with each day of age up to a cap. Final statuses stop it.

export interface TrackingSchedule {
  /** Interval for a port submitted less than a day ago. */
  initialMs: number;
  /** The interval never grows beyond this. */
  capMs: number;
}

export const defaultTrackingSchedule: TrackingSchedule = { initialMs: 60_000, capMs: 6 * 60 * 60_000 };

const dayMs = 24 * 60 * 60_000;

/** Statuses after which the carrier never changes the port again. */
export const finalPortStatuses: ReadonlySet<string> = new Set(['COMPLETED', 'CANCELLED', 'EXPIRED']);

export function isFinalPortStatus(status: string | null): boolean {
  return status !== null && finalPortStatuses.has(status.toUpperCase());
}

/** The wait before the next status request for a port submitted `ageMs` ago: ×2 per full day of age, capped. */
export function trackingInterval(ageMs: number, schedule: TrackingSchedule): number {
  const days = Math.max(0, Math.floor(ageMs / dayMs));
  return Math.min(schedule.capMs, schedule.initialMs * 2 ** Math.min(days, 52));
}

/** When to ask next, or null when the port has reached a final status. */
export function nextPollAt(
  submittedAtMs: number,
  nowMs: number,
  lastStatus: string | null,
  schedule: TrackingSchedule,
): number | null {
  if (isFinalPortStatus(lastStatus)) return null;
  return nowMs + trackingInterval(nowMs - submittedAtMs, schedule);
}
