// One outbox item's turn with the carrier, under the exactly-once protocol:
// 1. Before each POST, an intent ("about to send attempt N of item X") is committed durably.
// 2. The POST's answer is committed durably with the attempt, and the intent is resolved.
// 3. An intent still open when an item is picked up again (the process died mid-request, or the answer
//    never came: dropped connection, timeout, 5xx) means the carrier may have the port. The worker then
//    never re-sends blindly: it looks the port up by CustomerReferenceNumber and by number, adopts the
//    ticket it finds, sends again only when the carrier shows nothing, and otherwise stops the item in
//    needsReview with the evidence for the dealer to decide (resolveReview).
// What each answer does to the item is in transitions.ts; what it means for the whole queue (pause,
// offline, 429 hold) in worker-state.ts.
// Every request for an item (the POST and the lookups) goes to the carrier it was finalized for, and
// only while that carrier is the current one: an item of another target waits for the dealer's choice.
import { JsonText } from '../carrier/client';
import { sameTarget } from '../shared/domain/carrier-target';
import { Failure } from '../shared/domain/failure';
import type { OutboxCarrier, OutboxLog, OutboxStore, OutboxTargets } from './outbox-deps';
import type { OutboxRepository, OutboxRow } from './outbox-repository';
import { thawBody } from './frozen-body';
import { decideReconciliation, describeEvidence } from './reconcile-decision';
import { lookUpPort } from './reconcile-lookups';
import { classifySubmission, describeError, logSummary } from './submission-outcome';
import { applyReconciliation, applyVerdict, markUnsendable, type TransitionContext } from './transitions';
import { targetOfRow } from './targets';
import type { WorkerState } from './worker-state';

export interface ItemSenderDeps {
  repo: OutboxRepository;
  store: OutboxStore;
  targets: OutboxTargets;
  state: WorkerState;
  transitions: TransitionContext;
  now: () => number;
  log: OutboxLog;
  /** The outbox view (and that draft) may have changed. */
  changed: (draftId?: string) => void;
}

/** A frozen request whose documents are gone or damaged: sending it again would not help. */
const unsendable: ReadonlySet<string> = new Set(['attachmentMissing', 'attachmentCorrupt']);

/** Returns the work for one due item: reconcile first if an intent is open, then send if still wanted. */
export function createItemSender(deps: ItemSenderDeps): (draftId: string) => Promise<void> {
  const { repo, store, targets, state, transitions, now, log, changed } = deps;
  const iso = (ms: number) => new Date(ms).toISOString();

  /** Returns true when the carrier shows no port for this item, so it may be sent. */
  async function reconcile(row: OutboxRow, client: OutboxCarrier): Promise<boolean> {
    const draftId = row.draft_id;
    const numbers = JSON.parse(row.numbers_json) as number[];
    const lookups = await lookUpPort(client, row.customer_reference, numbers, (ticket) => {
      const owner = repo.ticketOwner(ticket);
      return owner !== null && owner !== draftId;
    });
    const at = iso(now());
    const decision = decideReconciliation(lookups.byReference, lookups.byNumber);
    log(`outbox: ${draftId} reconcile → ${decision.kind} (${describeEvidence(decision.evidence)})`);
    const proceed = store.durably(() => applyReconciliation(transitions, row, lookups, decision, at));
    if (lookups.unreachable) state.goOffline();
    else state.goOnline();
    changed(draftId);
    return proceed;
  }

  /** Synchronous from the caller's target check to the request leaving (the client reads its credentials). */
  async function send(row: OutboxRow, client: OutboxCarrier, body: string): Promise<void> {
    const draftId = row.draft_id;
    const attempt = row.attempts + 1;
    const operation = `${row.method} ${row.path}`;
    const epoch = state.accountEpoch;
    const claimed = store.durably(() => repo.startAttempt(draftId, attempt, row.body_sha256, iso(now())));
    if (!claimed) return;
    changed(draftId);
    log(`outbox: ${draftId} attempt ${attempt} ${operation}`);

    // The frozen characters themselves: nothing parsed and written again, byte for byte what was queued.
    const outcome = await client.submitPort(row.path, new JsonText(body));
    const verdict = classifySubmission(outcome);
    const at = iso(now());
    // The carrier's own words are kept with the attempt (scrubbed by the client), not in the log: they
    // may quote the customer. The log has the kind, the status and the carrier's exception ID.
    log(
      `outbox: ${draftId} attempt ${attempt} → ${verdict.kind}${outcome.ok ? '' : ` (${logSummary(outcome.error)})`}`,
      verdict.kind === 'submitted' ? 'info' : 'warn',
    );

    store.durably(() => {
      repo.recordAttempt({
        draftId,
        at,
        operation,
        requestSha256: row.body_sha256,
        httpStatus: outcome.ok ? outcome.status : (outcome.error.status ?? null),
        reply: outcome.ok ? outcome.value.Reply : null,
        ticket: outcome.ok ? outcome.value.TicketMask || null : null,
        error: outcome.ok ? null : describeError(outcome.error),
      });
      applyVerdict(transitions, row, verdict, at);
    });
    state.afterVerdict(verdict, epoch);
    changed(draftId);
  }

  /** The name the draft gives a document, for the dealer's message. */
  function documentName(draftId: string, sha256: string): string {
    const slots = store.drafts.get(draftId).data.attachments ?? {};
    return (
      Object.values(slots)
        .flat()
        .find((ref) => ref.sha256 === sha256)?.name ?? ''
    );
  }

  /** Whether the item's carrier is still the current one (the dealer may change the account any time). */
  const stillCurrent = (row: OutboxRow) => sameTarget(targetOfRow(row), targets.current());

  return async (draftId) => {
    const row = repo.item(draftId);
    if (!row || (row.state !== 'queued' && row.state !== 'waiting')) return;
    if (!stillCurrent(row)) return;
    const client = targets.clientFor(targetOfRow(row));
    if (repo.openIntent(draftId)) {
      const proceed = await reconcile(row, client);
      if (!proceed) return;
    }
    if (state.stopping || state.paused) return;
    // The documents written into the frozen body, a turn of the loop for each (frozen-body.ts).
    let body: string;
    try {
      body = await thawBody(row.body_json, store.attachments);
    } catch (error) {
      if (!(error instanceof Failure) || !unsendable.has(error.code)) throw error;
      log(`outbox: ${draftId} cannot be sent as frozen: ${error.code}`, 'error');
      const at = iso(now());
      const stored = { key: error.key, params: { name: documentName(draftId, String(error.params.sha256)) } };
      store.durably(() => markUnsendable(transitions, draftId, stored, at));
      changed(draftId);
      return;
    }
    if (state.stopping || state.paused) return;
    // Checked again after the awaits above, with nothing awaited from here to the request leaving.
    if (!stillCurrent(row)) return;
    await send(row, client, body);
  };
}
