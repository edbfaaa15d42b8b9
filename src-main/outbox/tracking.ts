// Following submitted ports: asks the carrier for each port's status on a schedule that slows as the port
// ages (tracking-schedule.ts), stores every change with its time, moves the draft's status along
// (COMPLETED → completed, REJECTED → rejected with every reject row) and reports changes for notifications.
import type { DraftStatus } from '../shared/domain/draft';
import type { RejectDetail } from '../shared/domain/contract';
import type { PortStatusChange, TrackingInfo } from '../shared/domain/outbox-views';
import { backoffDelay, defaultOfflinePolicy } from './backoff';
import type { OutboxCarrier, OutboxClock, OutboxLog, OutboxStore } from './outbox-deps';
import { createOutboxRepository, type TrackingRow } from './outbox-repository';
import { errorText } from './outbox-snapshot';
import { focusPathForRejects } from '../shared/domain/reject-fields';
import { replyName } from './submission-outcome';
import {
  defaultTrackingSchedule,
  isFinalPortStatus,
  nextPollAt,
  type TrackingSchedule,
} from './tracking-schedule';
import type { Locale } from '../shared/domain/messages';
import { createWakeTimer } from './wake-timer';

export interface PortTrackerOptions {
  store: OutboxStore;
  client: OutboxCarrier;
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
  const { store, client } = options;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const schedule = options.schedule ?? defaultTrackingSchedule;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const log: OutboxLog = options.log ?? (() => undefined);
  const repo = createOutboxRepository(store.db);

  let running = false;
  const wakeTimer = createWakeTimer(() => pump());
  let offlineFailures = 0;
  let offlineUntil = 0;
  const inFlight = new Map<string, Promise<void>>();

  const nowMs = () => clock().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();

  function pump(): void {
    if (!running) return;
    const now = nowMs();
    if ((options.isOnline && !options.isOnline()) || now < offlineUntil) {
      if (now >= offlineUntil) {
        offlineFailures += 1;
        offlineUntil = now + backoffDelay(offlineFailures, random, defaultOfflinePolicy);
      }
      wakeTimer.set(offlineUntil - now);
      return;
    }
    const free = concurrency - inFlight.size;
    if (free > 0) {
      for (const row of repo.dueTracking(iso(now), free + inFlight.size)) {
        if (inFlight.size >= concurrency) break;
        if (inFlight.has(row.draft_id)) continue;
        const work = poll(row)
          .catch((error: unknown) => {
            log(
              `tracking: ${row.draft_id} failed locally: ${error instanceof Error ? error.message : String(error)}`,
            );
          })
          .finally(() => {
            inFlight.delete(row.draft_id);
            pump();
          });
        inFlight.set(row.draft_id, work);
      }
    }
    if (inFlight.size === 0) {
      // Newly submitted ports join the table while we sleep: look again at least every initial interval
      // (one indexed query), or sooner on wake().
      const next = repo.nextTrackingAt();
      const until = next === null ? schedule.initialMs : Math.min(Date.parse(next) - now, schedule.initialMs);
      wakeTimer.set(until);
    }
  }

  async function poll(row: TrackingRow): Promise<void> {
    const outcome = await client.portInStatusByTicket(row.ticket);
    const now = nowMs();
    const submittedAt = Date.parse(row.submitted_at);
    if (!outcome.ok) {
      if (outcome.error.kind === 'connectionFailed') {
        offlineFailures += 1;
        offlineUntil = now + backoffDelay(offlineFailures, random, defaultOfflinePolicy);
      }
      // Asked again on the normal schedule: a failed read costs nothing but a later answer.
      const next = nextPollAt(submittedAt, now, row.last_status, schedule);
      repo.setTracking(row.draft_id, row.last_status, next === null ? null : iso(next));
      log(`tracking: ${row.draft_id} status request failed (${outcome.error.kind})`);
      return;
    }
    offlineFailures = 0;
    offlineUntil = 0;
    const status = outcome.value.Status.trim().toUpperCase();
    const next = nextPollAt(submittedAt, now, status, schedule);
    if (status === row.last_status) {
      repo.setTracking(row.draft_id, status, next === null ? null : iso(next));
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
      pump();
    },
    async stop() {
      running = false;
      wakeTimer.clear();
      await Promise.allSettled([...inFlight.values()]);
    },
    wake() {
      pump();
    },
    pollNow() {
      repo.pollAllAt(iso(nowMs()));
      offlineUntil = 0;
      pump();
    },
    trackingFor(draftId) {
      const item = repo.itemLight(draftId);
      const reject = repo.reject(draftId);
      const locale = options.locale?.() ?? 'en-CA';
      const details = reject ? (JSON.parse(reject.details_json) as RejectDetail[]) : [];
      return {
        ticket: item?.ticket ?? null,
        reply: replyName(item?.reply ?? null),
        message:
          item?.message ?? (item?.state === 'needsAttention' ? errorText(item.last_error, locale) : null),
        timeline: repo.timeline(draftId),
        reject: reject
          ? {
              reason: reject.reason ?? '',
              summary: reject.summary ?? '',
              details,
              focusPath: reject.focus_path,
            }
          : null,
        attempts: repo.attempts(draftId).map((attempt) => ({
          at: attempt.at,
          operation: attempt.operation,
          status: attempt.http_status,
          reply: replyName(attempt.reply),
          ticket: attempt.ticket,
          error: attempt.error,
        })),
        evidence: item?.evidence ?? null,
      };
    },
  };
}
