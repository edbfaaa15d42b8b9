// The tracking.get view of one draft: its ticket and reply, the status timeline, the carrier's reject
// details, the audit trail of every request made for it and the carrier it is for. Read-only, in the
// dealer's language.
import type { RejectDetail } from '../shared/domain/contract';
import type { Locale } from '../shared/domain/messages';
import type { TrackingInfo } from '../shared/domain/outbox-views';
import type { OutboxRepository } from './outbox-repository';
import { errorText } from './outbox-snapshot';
import { replyName } from './submission-outcome';
import { targetOfRow } from './targets';

export function trackingView(repo: OutboxRepository, draftId: string, locale: Locale): TrackingInfo {
  const item = repo.itemLight(draftId);
  const reject = repo.reject(draftId);
  const details = reject ? (JSON.parse(reject.details_json) as RejectDetail[]) : [];
  return {
    ticket: item?.ticket ?? null,
    reply: replyName(item?.reply ?? null),
    message: item?.message ?? (item?.state === 'needsAttention' ? errorText(item.last_error, locale) : null),
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
    target: item ? targetOfRow(item) : null,
  };
}
