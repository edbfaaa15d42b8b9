// How long Portage keeps a request once the carrier has finished with it (completed or rejected): the
// dealer's choice in Settings, off by default. After that time the request is purged like a draft
// emptied from the trash: its data, history, outbox record, tracking, files and practice-carrier record.
// Its own file, free of zod, so the renderer's Settings view can list the choices.

export const retentionPeriods = ['off', '90d', '1y', '2y'] as const;
export type RetentionPeriod = (typeof retentionPeriods)[number];

/** Days a finished request is kept, or null: kept until the dealer deletes it. */
export const retentionDays: Readonly<Record<RetentionPeriod, number | null>> = {
  off: null,
  '90d': 90,
  '1y': 365,
  '2y': 730,
};

const dayMs = 24 * 60 * 60 * 1000;

/** Requests that finished before this time are purged under `period`; null when nothing is. */
export function retentionCutoff(period: RetentionPeriod, now: Date): Date | null {
  const days = retentionDays[period];
  return days === null ? null : new Date(now.getTime() - days * dayMs);
}
