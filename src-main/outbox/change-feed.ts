// The worker's change notifications, coalesced: a burst of state changes (a queue of 500 draining) produces
// one outbox view and one list of changed drafts per turn of the event loop, not one per change.
import type { OutboxState } from '../shared/domain/outbox-views';

export interface ChangeFeedOptions {
  /** Called with the outbox.list view whenever it may have changed. */
  onChange?: (state: OutboxState) => void;
  /** Called with the ids of drafts whose status or ticket changed. */
  onDraftsChanged?: (ids: string[]) => void;
}

/** Returns `changed(draftId?)`: note that the view (and that draft) may have changed. */
export function createChangeFeed(
  options: ChangeFeedOptions,
  snapshot: () => OutboxState,
): (draftId?: string) => void {
  let pending = false;
  const changedDrafts = new Set<string>();
  return (draftId) => {
    if (draftId !== undefined) changedDrafts.add(draftId);
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      if (changedDrafts.size > 0 && options.onDraftsChanged) {
        const ids = [...changedDrafts];
        changedDrafts.clear();
        options.onDraftsChanged(ids);
      } else changedDrafts.clear();
      options.onChange?.(snapshot());
    });
  };
}
