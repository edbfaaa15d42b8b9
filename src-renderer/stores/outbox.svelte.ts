// The outbox's actions and the requests already sent. The live queue itself stays in `app.outbox`: the
// navigation counts it on every view. This store owns what only the outbox and tracking views ask for:
// retrying, the dealer's decisions on a request (review, pull back, send to the current carrier).
import { onMount } from 'svelte';
import type { DraftDetail, DraftListQuery, DraftSummary, MoveToCurrentResult } from '../lib/api-types';
import { portage } from '../lib/portage';
import { reloadOnChange } from './reload-on-change.svelte';

/** The statuses of a request that has left the outbox, newest first: what the dealer follows. */
const sentQuery: DraftListQuery = {
  statuses: ['submitted', 'needsAttention', 'needsReview', 'completed', 'rejected'],
  sort: 'updated',
  direction: 'desc',
  limit: 100,
};

export class SentRequests {
  rows = $state<DraftSummary[]>([]);

  async load(): Promise<void> {
    const result = await portage().drafts.list(sentQuery);
    if (result.ok) this.rows = result.value.rows;
  }

  /** Loads now and again whenever drafts or the outbox change; call while the view is being set up. */
  follow(): void {
    onMount(() => void this.load());
    reloadOnChange(() => this.load(), { outbox: true });
  }
}

/** Asks the outbox to try every waiting request now rather than at its next scheduled attempt. */
export async function retryNow(): Promise<void> {
  await portage().outbox.retryNow();
}

export type ReviewChoice = 'sendAgain' | 'adoptTicket' | 'cancel';

/**
 * Settles a request that needs review (the carrier may or may not have it): send it again, take the
 * ticket the dealer found, or cancel. Returns the error message, or null when it is settled.
 */
export async function resolveReview(
  draftId: string,
  choice: ReviewChoice,
  ticket: string,
): Promise<string | null> {
  const result = await portage().outbox.resolveReview({
    draftId,
    choice,
    ...(choice === 'adoptTicket' ? { ticket: ticket.trim() } : {}),
  });
  return result.ok ? null : result.error.message;
}

/**
 * Takes a request that has not started sending back out of the outbox: it is an editable draft again.
 * Answers with the draft, or the message to show (the outbox had already started sending it...).
 */
export async function pullBack(draftId: string): Promise<DraftDetail | string> {
  const result = await portage().outbox.pullBack({ draftId });
  return result.ok ? result.value : result.error.message;
}

/**
 * Sends requests that wait because they were finalized for another carrier to the current one.
 * Answers with how many moved and how many had already started sending, or the message to show.
 */
export async function sendToCurrent(draftIds: string[]): Promise<MoveToCurrentResult | string> {
  const result = await portage().outbox.sendToCurrent({ draftIds });
  return result.ok ? result.value : result.error.message;
}
