// What follows a purge (the trash's, the retention period's): the store has already deleted the drafts
// and everything of theirs in the database; the windows refresh their lists, and the practice carrier,
// which keeps its own file, forgets the ports those drafts sent so no trace of them stays there either.
import type { EventBus } from '../ipc/events';
import type { PracticeSession } from '../practice-carrier/practice-session';

/** After a purge: the windows refresh, and the practice carrier forgets what those drafts sent. */
export function draftsPurged(events: EventBus, practice: PracticeSession, ids: string[]): void {
  if (ids.length === 0) return;
  events.emit('draftsChanged', { ids });
  practice.forgetDrafts(ids);
}
