// A submitted port whose ticket the carrier answers "not found" for. One such answer means little (a
// carrier may index a new ticket late, or lose it for an hour); a day of them means the dealer must act.
// The first "not found" starts the clock (port_tracking.not_found_since, kept across restarts); once the
// carrier has not found the ticket for `alertAfterMs`, the draft needs attention, the dealer is told
// (a status change NOTFOUND: notification and renderer) and the tracking view says what to do. An
// answer that finds the ticket again clears it all, and the port is followed as before.
import type { PortStatusChange } from '../shared/domain/outbox-views';
import type { OutboxStore } from './outbox-deps';
import type { OutboxRepository, TrackingRow } from './outbox-repository';

/** How long the carrier may not find a ticket before the dealer is told: a day. */
export const defaultNotFoundAlertMs = 24 * 60 * 60_000;

/** The status reported (notifications, renderer) when a ticket has not been found for that long. */
export const notFoundStatus = 'NOTFOUND';

export interface NotFoundContext {
  repo: OutboxRepository;
  store: OutboxStore;
  alertAfterMs: number;
}

/** Whether a port not found since `since` has been for long enough to tell the dealer. */
export function notFoundLongEnough(since: string | null, nowMs: number, alertAfterMs: number): boolean {
  return since !== null && nowMs - Date.parse(since) >= alertAfterMs;
}

export interface NotFoundOutcome {
  /** This answer began a run of "not found" (the tracking view's technical details now say so). */
  began: boolean;
  /** This answer made it a day: the draft now needs attention and the dealer is to be told. */
  surfaced: PortStatusChange | null;
}

/** The carrier answered "not found" for this port's ticket at `nowMs`. */
export function recordNotFound(ctx: NotFoundContext, row: TrackingRow, nowMs: number): NotFoundOutcome {
  const since = row.not_found_since ?? new Date(nowMs).toISOString();
  let change: PortStatusChange | null = null;
  ctx.store.durably(() => {
    if (row.not_found_since === null) ctx.repo.setNotFoundSince(row.draft_id, since);
    if (!notFoundLongEnough(since, nowMs, ctx.alertAfterMs)) return;
    const draft = ctx.store.drafts.get(row.draft_id);
    // Only a port still in progress: a rejected or completed one has nothing left to lose, and one
    // already surfaced is not surfaced again at every poll.
    if (draft.status !== 'submitted') return;
    ctx.store.drafts.setStatus(row.draft_id, 'needsAttention');
    change = { draftId: row.draft_id, status: notFoundStatus, title: draft.title };
  });
  return { began: row.not_found_since === null, surfaced: change };
}

/**
 * The carrier answered for a ticket it had not found: the run is over. A draft surfaced for it goes back
 * to submitted (the answer's own status then moves it along as usual). True when anything changed.
 */
export function recordFound(ctx: NotFoundContext, row: TrackingRow): boolean {
  if (row.not_found_since === null) return false;
  ctx.store.durably(() => {
    ctx.repo.setNotFoundSince(row.draft_id, null);
    if (ctx.store.drafts.get(row.draft_id).status === 'needsAttention') {
      ctx.store.drafts.setStatus(row.draft_id, 'submitted');
    }
  });
  return true;
}
