import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

export function outboxHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'outbox.list' | 'outbox.retryNow' | 'outbox.resolveReview' | 'tracking.get'> {
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
    'tracking.get': ({ draftId }) => {
      // Unknown drafts are a notFound, not an empty timeline.
      deps.store.drafts.get(draftId);
      return deps.tracking.get(draftId);
    },
  };
}
