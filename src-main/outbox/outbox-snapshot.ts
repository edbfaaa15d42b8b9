// The outbox.list view: what is still waiting to reach the carrier, with its last error in the dealer's
// words, the carrier each request is for and whether it waits because that is no longer the current one.
import { sameTarget, type CarrierTarget } from '../shared/domain/carrier-target';
import { isMessageKey, translate, type Locale } from '../shared/domain/messages';
import type { OutboxItem, OutboxState } from '../shared/domain/outbox-views';
import { decodeError, errorDetails } from './outbox-error-text';
import type { OutboxRepository } from './outbox-repository';
import { targetOfRow } from './targets';

export interface OutboxSnapshotOptions {
  /** The dealer's language, read on every snapshot. Default en-CA. */
  locale?: () => Locale;
}

export function errorText(stored: string | null, locale: Locale): string | null {
  const error = decodeError(stored);
  if (!error) return null;
  const params = error.params ?? {};
  // A stored text that is not a key (an older row) is shown as it is.
  return isMessageKey(error.key) ? translate(locale, error.key, params) : error.key;
}

export function outboxSnapshot(
  repo: OutboxRepository,
  status: { paused: null | 'unauthorized'; online: boolean; current: CarrierTarget },
  options: OutboxSnapshotOptions = {},
): OutboxState {
  const locale = options.locale?.() ?? 'en-CA';
  const items: OutboxItem[] = [];
  for (const row of repo.listed()) {
    if (
      row.state !== 'queued' &&
      row.state !== 'sending' &&
      row.state !== 'waiting' &&
      row.state !== 'needsReview'
    ) {
      continue;
    }
    const target = targetOfRow(row);
    items.push({
      draftId: row.draft_id,
      title: row.title ?? '',
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastError: errorText(row.last_error, locale),
      lastErrorDetails: errorDetails(row.last_error),
      target,
      held: !sameTarget(target, status.current),
    });
  }
  return { paused: status.paused, online: status.online, items, current: status.current };
}
