// The statements on what happens to a port after it has its ticket: the polling schedule (port_tracking),
// every status seen with its time (port_status_timeline), the carrier's reject details (port_rejects) and
// the start of a run of "not found" answers (port_tracking.not_found_since, migration 006).
// A port is polled only at the carrier that issued its ticket (its item's target), when that carrier can
// be reached: a practice ticket at the practice carrier, an account's ticket with that account.
// Part of the outbox repository (outbox-repository.ts), which is the only way into these tables.
import type { Database } from 'better-sqlite3';
import type { ReachableTargets } from '../shared/domain/carrier-target';
import type { DueTrackingRow, RejectRow, TrackingRow } from './repository-rows';

/** Parameters of the reachable targets: a ticket is only asked about where it was issued. */
interface Reachable {
  practice: number;
  baseUrl: string | null;
  username: string | null;
}

function reachableParams(reachable: ReachableTargets): Reachable {
  return {
    practice: reachable.practice ? 1 : 0,
    baseUrl: reachable.account?.baseUrl ?? null,
    username: reachable.account?.username ?? null,
  };
}

const atReachable = `((o.target_kind = 'practice' AND @practice = 1)
  OR (o.target_kind = 'account' AND o.target_base_url = @baseUrl AND o.target_username = @username))`;

export function createTrackingStatements(db: Database) {
  const stmt = {
    upsertTracking: db.prepare(
      `INSERT INTO port_tracking (draft_id, ticket, submitted_at, last_status, next_poll_at)
       VALUES (@draftId, @ticket, @at, NULL, @nextPollAt)
       ON CONFLICT (draft_id) DO UPDATE SET ticket = excluded.ticket, next_poll_at = excluded.next_poll_at`,
    ),
    tracking: db.prepare<[string], TrackingRow>('SELECT * FROM port_tracking WHERE draft_id = ?'),
    dueTracking: db.prepare<[Reachable & { now: string; limit: number }], DueTrackingRow>(
      `SELECT t.*, o.target_kind, o.target_base_url, o.target_username
       FROM port_tracking t JOIN outbox_items o ON o.draft_id = t.draft_id
       WHERE t.next_poll_at IS NOT NULL AND t.next_poll_at <= @now AND ${atReachable}
       ORDER BY t.next_poll_at LIMIT @limit`,
    ),
    nextTracking: db.prepare<[Reachable], { at: string | null }>(
      `SELECT MIN(t.next_poll_at) AS at FROM port_tracking t JOIN outbox_items o ON o.draft_id = t.draft_id
       WHERE t.next_poll_at IS NOT NULL AND ${atReachable}`,
    ),
    pollAllAt: db.prepare<[string]>(
      'UPDATE port_tracking SET next_poll_at = ? WHERE next_poll_at IS NOT NULL',
    ),
    setNotFoundSince: db.prepare<[string | null, string]>(
      'UPDATE port_tracking SET not_found_since = ? WHERE draft_id = ?',
    ),
    setTracking: db.prepare(
      `UPDATE port_tracking SET last_status = @status, next_poll_at = @nextPollAt WHERE draft_id = @draftId`,
    ),
    insertStatus: db.prepare('INSERT INTO port_status_timeline (draft_id, status, at) VALUES (?, ?, ?)'),
    timeline: db.prepare<[string], { status: string; at: string }>(
      'SELECT status, at FROM port_status_timeline WHERE draft_id = ? ORDER BY id',
    ),
    upsertReject: db.prepare(
      `INSERT INTO port_rejects (draft_id, reason, summary, details_json, focus_path, at)
       VALUES (@draftId, @reason, @summary, @detailsJson, @focusPath, @at)
       ON CONFLICT (draft_id) DO UPDATE SET reason = excluded.reason, summary = excluded.summary,
         details_json = excluded.details_json, focus_path = excluded.focus_path, at = excluded.at`,
    ),
    reject: db.prepare<[string], RejectRow>(
      'SELECT reason, summary, details_json, focus_path, at FROM port_rejects WHERE draft_id = ?',
    ),
  };

  return {
    startTracking(draftId: string, ticket: string, at: string, nextPollAt: string): void {
      stmt.upsertTracking.run({ draftId, ticket, at, nextPollAt });
    },
    tracking(draftId: string): TrackingRow | undefined {
      return stmt.tracking.get(draftId);
    },
    /** Ports due for a status request whose carrier can be asked now; the others wait for theirs. */
    dueTracking(reachable: ReachableTargets, now: string, limit: number): DueTrackingRow[] {
      return stmt.dueTracking.all({ ...reachableParams(reachable), now, limit });
    },
    nextTrackingAt(reachable: ReachableTargets): string | null {
      return stmt.nextTracking.get(reachableParams(reachable))?.at ?? null;
    },
    /** The dealer's "refresh": every port still followed is due at `at`; finished ones stay finished. */
    pollAllAt(at: string): void {
      stmt.pollAllAt.run(at);
    },
    setTracking(draftId: string, status: string | null, nextPollAt: string | null): void {
      stmt.setTracking.run({ draftId, status, nextPollAt });
    },
    /** The start of a run of "not found" answers for this port's ticket; null when the carrier finds it. */
    setNotFoundSince(draftId: string, since: string | null): void {
      stmt.setNotFoundSince.run(since, draftId);
    },
    addStatus(draftId: string, status: string, at: string): void {
      stmt.insertStatus.run(draftId, status, at);
    },
    timeline(draftId: string): { status: string; at: string }[] {
      return stmt.timeline.all(draftId);
    },
    saveReject(
      draftId: string,
      reject: {
        reason: string | null;
        summary: string | null;
        detailsJson: string;
        focusPath: string | null;
      },
      at: string,
    ): void {
      stmt.upsertReject.run({ draftId, at, ...reject });
    },
    reject(draftId: string): RejectRow | undefined {
      return stmt.reject.get(draftId);
    },
  };
}
