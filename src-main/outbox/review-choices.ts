// The dealer's decision on an item in needsReview (the carrier's evidence did not settle whether it has the
// port): adopt a ticket they found, send again, or cancel. Checked before the transaction, applied inside
// the caller's durable transaction like every other transition (transitions.ts), and kept in the audit
// trail as a step of its own.
import { Failure } from '../shared/domain/failure';
import { markSubmitted, type TransitionContext } from './transitions';

export type ReviewChoice = 'sendAgain' | 'adoptTicket' | 'cancel';

/** Throws Failure notFound (no such draft), invalidInput (adopting with no ticket) or notInReview. */
export function checkReviewChoice(
  ctx: TransitionContext,
  draftId: string,
  choice: ReviewChoice,
  ticket: string | undefined,
): void {
  ctx.store.drafts.get(draftId); // an unknown draft is notFound
  if (choice === 'adoptTicket' && !ticket?.trim()) {
    throw new Failure('invalidInput', {}, { issues: [{ path: 'ticket', key: 'validation.required' }] });
  }
  const row = ctx.repo.itemLight(draftId);
  if (!row || row.state !== 'needsReview') throw new Failure('notInReview', { id: draftId });
}

export function applyReviewChoice(
  ctx: TransitionContext,
  draftId: string,
  choice: ReviewChoice,
  ticket: string | undefined,
  at: string,
): void {
  const { repo, store } = ctx;
  const recordStep = (operation: string, chosen: string | null) =>
    repo.recordAttempt({
      draftId,
      at,
      operation,
      requestSha256: null,
      httpStatus: null,
      reply: null,
      ticket: chosen,
      error: null,
    });
  switch (choice) {
    case 'adoptTicket': {
      const chosen = ticket?.trim() ?? '';
      repo.resolveIntents(draftId, at, `dealer adopted ${chosen}`);
      recordStep('review: adopt ticket', chosen);
      markSubmitted(ctx, draftId, chosen, null, null, at);
      return;
    }
    case 'sendAgain':
      repo.resolveIntents(draftId, at, 'dealer chose to send again');
      recordStep('review: send again', null);
      repo.setState(draftId, 'queued', at, { nextAttemptAt: null, lastError: null, failures: 0 });
      store.drafts.setStatus(draftId, 'queued');
      return;
    case 'cancel':
      repo.resolveIntents(draftId, at, 'dealer cancelled');
      recordStep('review: cancel', null);
      repo.settle(draftId, 'cancelled', at, {
        ticket: null,
        reply: null,
        message: null,
        focusPath: null,
        lastError: null,
      });
      store.drafts.setStatus(draftId, 'needsAttention');
      return;
  }
}
