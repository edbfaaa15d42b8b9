// The dealer's two choices for a request that is finalized but not sent yet:
// - pull it back: it leaves the outbox (its frozen body is discarded) and is an editable draft again,
//   with everything it had;
// - send it to the current target: a request that waits because it was finalized for another carrier
//   (the account changed or was removed) is bound to the carrier Portage uses now.
// Neither is allowed once the outbox has started sending the request: an attempt in flight, an intent
// still open (the carrier may have it) or a ticket. The repository checks that in the same statement
// that changes the row, so a send starting at the same moment cannot slip between check and change.
// Both run inside the caller's durable transaction, like every other transition (transitions.ts).
import { sameTarget, type CarrierTarget } from '../shared/domain/carrier-target';
import { Failure } from '../shared/domain/failure';
import type { OutboxStore } from './outbox-deps';
import type { OutboxRepository } from './outbox-repository';
import { targetColumns, targetOfRow } from './targets';

export interface PullBackContext {
  repo: OutboxRepository;
  store: OutboxStore;
}

/** Throws Failure notFound (no such draft), notQueued (not in the outbox) or sendingStarted. */
export function pullBack(ctx: PullBackContext, draftId: string): void {
  const { repo, store } = ctx;
  store.drafts.get(draftId);
  const row = repo.itemLight(draftId);
  if (!row) throw new Failure('notQueued', { id: draftId });
  if (!repo.withdraw(draftId)) throw new Failure('sendingStarted', { id: draftId });
  // Deleting the item removed its frozen body, its target and its (unsent) attempts (ON DELETE CASCADE).
  store.drafts.setStatus(draftId, 'draft');
}

export interface MoveResult {
  /** Now bound to the current target. */
  moved: string[];
  /** Left where they were: the outbox had started sending them. */
  refused: string[];
}

function describeTarget(target: CarrierTarget): string {
  return target.kind === 'practice' ? 'practice carrier' : `account ${target.username} at ${target.baseUrl}`;
}

/**
 * Binds each request to `target` (the current one). Requests not in the outbox, or already bound there,
 * are left alone and counted in neither list.
 */
export function moveToTarget(
  ctx: PullBackContext,
  draftIds: readonly string[],
  target: CarrierTarget,
  at: string,
): MoveResult {
  const { repo } = ctx;
  const result: MoveResult = { moved: [], refused: [] };
  for (const draftId of new Set(draftIds)) {
    const row = repo.itemLight(draftId);
    if (!row) continue;
    const from = targetOfRow(row);
    if (sameTarget(from, target)) continue;
    if (!repo.retarget(draftId, targetColumns(target), at)) {
      result.refused.push(draftId);
      continue;
    }
    // In the request's audit trail, like the dealer's review choices.
    repo.recordAttempt({
      draftId,
      at,
      operation: `dealer: send to ${describeTarget(target)} instead of ${describeTarget(from)}`,
      requestSha256: null,
      httpStatus: null,
      reply: null,
      ticket: null,
      error: null,
    });
    result.moved.push(draftId);
  }
  return result;
}
