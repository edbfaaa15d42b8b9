// The outbox's channels: the queue, retrying, the dealer's decisions on a request (review, pull back to
// drafts, send to the current carrier) and one request's tracking.
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

type OutboxChannels =
  | 'outbox.list'
  | 'outbox.retryNow'
  | 'outbox.resolveReview'
  | 'outbox.pullBack'
  | 'outbox.sendToCurrent'
  | 'tracking.get';

export function outboxHandlers(deps: HandlerDeps): Pick<Handlers, OutboxChannels> {
  return {
    'outbox.list': () => deps.outbox.list(),
    'outbox.retryNow': () => {
      deps.outbox.retryNow();
      return undefined;
    },
    'outbox.resolveReview': async (input) => {
      await deps.outbox.resolveReview(input);
      return undefined;
    },
    'outbox.pullBack': ({ draftId }) => {
      deps.outbox.pullBack(draftId);
      return deps.store.drafts.get(draftId);
    },
    'outbox.sendToCurrent': ({ draftIds }) => {
      const { moved, refused } = deps.outbox.sendToCurrent(draftIds);
      return { moved: moved.length, refused: refused.length };
    },
    'tracking.get': ({ draftId }) => {
      // Unknown drafts are a notFound, not an empty timeline.
      deps.store.drafts.get(draftId);
      return deps.tracking.get(draftId);
    },
  };
}
