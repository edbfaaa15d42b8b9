// The tracking.get view of one draft: its ticket and reply, the status timeline, the carrier's reject
// details, the audit trail of every request made for it and the carrier it is for. Read-only, in the
// dealer's language; what the carrier said in its own words is kept apart (carrierMessage, attempts) for
// "Technical details". A ticket the carrier has not found for a day (not-found.ts) is reported with the
// time it began.
import type { RejectDetail } from '../shared/domain/contract';
import type { Locale } from '../shared/domain/messages';
import type { TrackingInfo } from '../shared/domain/outbox-views';
import type { OutboxRepository } from './outbox-repository';
import { evidenceView } from './evidence-text';
import { notFoundLongEnough } from './not-found';
import { errorDetails } from './outbox-error-text';
import { errorText } from './outbox-snapshot';
import { replyName } from './submission-outcome';
import { targetOfRow } from './targets';

export interface TrackingViewClock {
  nowMs: number;
  /** How long a ticket goes unfound before the view says so (not-found.ts). */
  notFoundAlertMs: number;
}

export function trackingView(
  repo: OutboxRepository,
  draftId: string,
  locale: Locale,
  clock: TrackingViewClock,
): TrackingInfo {
  const item = repo.itemLight(draftId);
  const notFoundSince = repo.tracking(draftId)?.not_found_since ?? null;
  const reject = repo.reject(draftId);
  const details = reject ? (JSON.parse(reject.details_json) as RejectDetail[]) : [];
  return {
    ticket: item?.ticket ?? null,
    reply: replyName(item?.reply ?? null),
    // Portage's words in the main text; the carrier's own (its reply message, its refusal) are technical.
    message: item?.state === 'needsAttention' ? errorText(item.last_error, locale) : null,
    carrierMessage:
      item?.message ?? (item?.state === 'needsAttention' ? errorDetails(item.last_error) : null),
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
    evidence: evidenceView(item?.evidence ?? null, locale),
    importedAt: item?.imported_at ?? null,
    notFound:
      notFoundSince === null
        ? null
        : {
            since: notFoundSince,
            longEnough: notFoundLongEnough(notFoundSince, clock.nowMs, clock.notFoundAlertMs),
          },
    target: item ? targetOfRow(item) : null,
  };
}
