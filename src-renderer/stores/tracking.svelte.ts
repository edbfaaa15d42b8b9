// One sent (or sending) request as the tracking view follows it: the draft and the carrier's tracking
// (ticket, reply, timeline, attempts), loaded again whenever a port status, the drafts or the outbox
// change, so a status the main process polls appears without the dealer asking.
import { onMount } from 'svelte';
import type { DraftDetail, Tracking } from '../lib/api-types';
import { portage } from '../lib/portage';
import { reloadOnChange } from './reload-on-change.svelte';

export class DraftTracking {
  draft = $state<DraftDetail | null>(null);
  tracking = $state<Tracking | null>(null);
  error = $state<string | null>(null);

  readonly #id: () => string;

  /** `id` is read at each load: the view's prop as it is then, not a copy of its first value. */
  constructor(id: () => string) {
    this.#id = id;
  }

  async load(): Promise<void> {
    const api = portage();
    const id = this.#id();
    const [draft, tracking] = await Promise.all([api.drafts.get({ id }), api.tracking.get({ draftId: id })]);
    if (draft.ok) this.draft = draft.value;
    else this.error = draft.error.message;
    if (tracking.ok) this.tracking = tracking.value;
  }

  /** Loads now and again on every change the main process reports; call while the view is set up. */
  follow(): void {
    onMount(() => void this.load());
    reloadOnChange(() => this.load(), { outbox: true });
  }
}
