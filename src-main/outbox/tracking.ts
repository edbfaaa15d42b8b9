// Following submitted ports: asks the carrier for each port's status on a schedule that slows as the port
// ages (tracking-schedule.ts), stores every change with its time, moves the draft's status along
// (COMPLETED → completed, REJECTED → rejected with every reject row) and reports changes for notifications.
// A ticket the carrier does not find for a day is surfaced to the dealer (not-found.ts).
// Each ticket is asked about at the carrier that issued it (its item's target), only while that carrier
// can be reached: a practice ticket at the practice carrier even after an account is set up, an account's
// ticket with that account and never at practice.
import type { DraftStatus } from '../shared/domain/draft';
import type { RejectDetail } from '../shared/domain/contract';
import type { PortStatusChange, TrackingInfo } from '../shared/domain/outbox-views';
import { defaultOfflinePolicy } from './backoff';
import { createDuePump } from './due-pump';
import type { OutboxCarrier, OutboxClock, OutboxLog, OutboxStore, OutboxTargets } from './outbox-deps';
import { createOutboxRepository, type DueTrackingRow } from './outbox-repository';
import { oneCarrier, targetOfRow } from './targets';
import { createOfflineBackoff } from './offline-backoff';
import { focusPathForRejects } from '../shared/domain/reject-fields';
import { errorKind } from '../shared/domain/failure';
import { defaultNotFoundAlertMs, recordFound, recordNotFound } from './not-found';
import {
  defaultTrackingSchedule,
  isFinalPortStatus,
  nextPollAt,
  type TrackingSchedule,
} from './tracking-schedule';
import type { Locale } from '../shared/domain/messages';
import { trackingView } from './tracking-view';

/** The carriers: `targets` in the app; `client` alone in tests of the outbox with one carrier (oneCarrier). */
export type PortTrackerOptions = TrackerOptions & ({ targets: OutboxTargets } | { client: OutboxCarrier });

interface TrackerOptions {
  store: OutboxStore;
  clock?: OutboxClock;
  random?: () => number;
  schedule?: TrackingSchedule;
  isOnline?: () => boolean;
  /** A port's status changed (for desktop notifications and the renderer). */
  onPortStatusChanged?: (change: PortStatusChange) => void;
  onDraftsChanged?: (ids: string[]) => void;
  /** Status requests in flight at most. */
  concurrency?: number;
  log?: OutboxLog;
  locale?: () => Locale;
  /** How long the carrier may answer "not found" for a ticket before the dealer is told (default a day). */
  notFoundAlertMs?: number;
}

export interface PortTracker {
  start(): void;
  /** Resolves once the status requests in flight are answered and recorded. */
  stop(): Promise<void>;
  /** Asks for every tracked port's status now (the dealer pressed "refresh", or the network came back). */
  pollNow(): void;
  /** A port was just submitted (the worker's onSubmitted): schedule it without waiting for the next look. */
  wake(): void;
  /** The tracking.get view of one draft. */
  trackingFor(draftId: string): TrackingInfo;
}

function draftStatusFor(portStatus: string, current: DraftStatus): DraftStatus | null {
  if (portStatus === 'COMPLETED') return 'completed';
  if (portStatus === 'REJECTED') return 'rejected';
  // A port the carrier took up again after a rejection is back in progress.
  if (current === 'rejected' && !isFinalPortStatus(portStatus)) return 'submitted';
  return null;
}

export function createPortTracker(options: PortTrackerOptions): PortTracker {
  const { store } = options;
  const targets = 'targets' in options ? options.targets : oneCarrier(options.client);
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const schedule = options.schedule ?? defaultTrackingSchedule;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const log: OutboxLog = options.log ?? (() => undefined);
  const repo = createOutboxRepository(store.db);
  const notFound = { repo, store, alertAfterMs: options.notFoundAlertMs ?? defaultNotFoundAlertMs };

  let running = false;
  const offline = createOfflineBackoff(random, defaultOfflinePolicy);

  const nowMs = () => clock().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  const pump = createDuePump<DueTrackingRow>({
    closed: () => !running,
    now: nowMs,
    holdMs(now) {
      // Offline (the system says so, or a request could not connect): ask again on a growing timer.
      if ((options.isOnline && !options.isOnline()) || now < offline.until) {
        if (now >= offline.until) offline.fail(now);
        return offline.until - now;
      }
      return null;
    },
    limit: () => concurrency,
    due: (now, count) => repo.dueTracking(targets.reachable(), iso(now), count),
    idOf: (row) => row.draft_id,
    nextDelayMs(now) {
      // Newly submitted ports join the table while we sleep: look again at least every initial interval
      // (one indexed query), or sooner on wake().
      const next = repo.nextTrackingAt(targets.reachable());
      return next === null ? schedule.initialMs : Math.min(Date.parse(next) - now, schedule.initialMs);
    },
    process: poll,
    failed(row, error) {
      log(`tracking: ${row.draft_id} failed locally: ${errorKind(error)}`, 'error');
    },
  });

  async function poll(row: DueTrackingRow): Promise<void> {
    const outcome = await targets.clientFor(targetOfRow(row)).portInStatusByTicket(row.ticket);
    const now = nowMs();
    const submittedAt = Date.parse(row.submitted_at);
    if (!outcome.ok) {
      if (outcome.error.kind === 'connectionFailed') offline.fail(now);
      // Asked again on the normal schedule: a failed read costs nothing but a later answer.
      const next = nextPollAt(submittedAt, now, row.last_status, schedule);
      repo.setTracking(row.draft_id, row.last_status, next === null ? null : iso(next));
      log(`tracking: ${row.draft_id} status request failed (${outcome.error.kind})`, 'warn');
      if (outcome.error.kind !== 'notFound') return;
      const { began, surfaced } = recordNotFound(notFound, row, now);
      if (surfaced) {
        log(`tracking: ${row.draft_id} not found by the carrier since ${row.not_found_since ?? '?'}`, 'warn');
        options.onPortStatusChanged?.(surfaced);
      }
      if (began || surfaced) options.onDraftsChanged?.([row.draft_id]);
      return;
    }
    offline.reset();
    const foundAgain = recordFound(notFound, row);
    const status = outcome.value.Status.trim().toUpperCase();
    const next = nextPollAt(submittedAt, now, status, schedule);
    if (status === row.last_status) {
      repo.setTracking(row.draft_id, status, next === null ? null : iso(next));
      if (foundAgain) options.onDraftsChanged?.([row.draft_id]);
      return;
    }
    const at = iso(now);
    let title = '';
    store.durably(() => {
      repo.addStatus(row.draft_id, status, at);
      repo.setTracking(row.draft_id, status, next === null ? null : iso(next));
      if (status === 'REJECTED') {
        const details = (outcome.value.RejectDetails ?? []) as RejectDetail[];
        repo.saveReject(
          row.draft_id,
          {
            reason: outcome.value.RejectReason ?? null,
            summary: outcome.value.RejectSummary ?? null,
            detailsJson: JSON.stringify(details),
            focusPath: focusPathForRejects(details),
          },
          at,
        );
      }
      const draft = store.drafts.get(row.draft_id);
      title = draft.title;
      const target = draftStatusFor(status, draft.status);
      if (target !== null && target !== draft.status) store.drafts.setStatus(row.draft_id, target);
    });
    log(`tracking: ${row.draft_id} ${row.last_status ?? '(none)'} → ${status}`);
    options.onPortStatusChanged?.({ draftId: row.draft_id, status, title });
    options.onDraftsChanged?.([row.draft_id]);
  }

  return {
    start() {
      if (running) return;
      running = true;
      pump.run();
    },
    async stop() {
      running = false;
      await pump.drain();
    },
    wake() {
      pump.run();
    },
    pollNow() {
      repo.pollAllAt(iso(nowMs()));
      offline.probeNow();
      pump.run();
    },
    trackingFor(draftId) {
      return trackingView(repo, draftId, options.locale?.() ?? 'en-CA', {
        nowMs: nowMs(),
        notFoundAlertMs: notFound.alertAfterMs,
      });
    },
  };
}
