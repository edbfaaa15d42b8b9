// Pulling a finalized request back to a draft, on a real SQLite file: allowed while the outbox has not
// started sending it (queued, or waiting after an attempt the carrier never received), refused once it
// has (an attempt in flight, an intent left open, a ticket), and then nothing changes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrierClient } from '../../../src-main/carrier/client';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxRepository } from '../../../src-main/outbox/outbox-repository';
import { createOutboxWorker, type OutboxWorker } from '../../../src-main/outbox/worker';
import { Failure } from '../../../src-main/shared/domain/failure';
import type { Store } from '../../../src-main/store';
import { createReadyDraft, openTestStore, readyContext, tempDir } from './harness';

/** A carrier that must never be asked: the worker is not started, so nothing is sent in these tests. */
const nowhere = createCarrierClient({ fetchFn: fetch, credentials: () => null });

function refusal(action: () => void): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof Failure ? error.code : `unexpected ${String(error)}`;
  }
}

describe('pulling a request back from the outbox', () => {
  const temp = tempDir();
  let store: Store;
  let worker: OutboxWorker;
  let finalize: (id: string) => void;
  const at = '2026-03-02T14:00:00.000Z';

  beforeAll(() => {
    store = openTestStore(join(temp.dir, 'portage.db'));
    worker = createOutboxWorker({ store, client: nowhere });
    const drafts = createOutboxDrafts({ store, readyContext });
    finalize = (id) => drafts.finalizeDraft(id);
  });

  afterAll(() => {
    store.close();
    temp.remove();
  });

  it('gives back an editable draft with everything it had, and discards the frozen request', () => {
    const id = createReadyDraft(store, 'dids', 700);
    const before = store.drafts.get(id);
    finalize(id);
    expect(store.drafts.get(id)).toMatchObject({ status: 'queued', editable: false });
    expect(worker.snapshot().items.map((item) => item.draftId)).toEqual([id]);

    worker.pullBack(id);

    const after = store.drafts.get(id);
    expect(after).toMatchObject({ status: 'draft', editable: true, ticket: null });
    expect(after.data).toEqual(before.data);
    expect(worker.snapshot().items).toEqual([]);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM outbox_items WHERE draft_id = ?').get(id)).toEqual({
      n: 0,
    });
    // Editable again, and it can be finalized again: a new frozen request from what it holds now.
    store.drafts.save(id, { ...after.data, customer: { ...after.data.customer, name: 'Changé après coup' } });
    finalize(id);
    expect(store.drafts.get(id).status).toBe('queued');
    worker.pullBack(id);
  });

  it('is allowed after an attempt the carrier never received (refused login, no connection)', () => {
    const id = createReadyDraft(store, 'dids', 701);
    finalize(id);
    const repo = createOutboxRepository(store.db);
    // What the worker records for a 401 or an unreachable carrier: the intent resolved as not sent.
    store.durably(() => {
      expect(repo.startAttempt(id, 1, 'sha', at)).toBe(true);
      repo.resolveIntents(id, at, 'not sent (unreachable)');
      repo.setState(id, 'waiting', at, { nextAttemptAt: null, lastError: null, failures: 0 });
    });
    worker.pullBack(id);
    expect(store.drafts.get(id)).toMatchObject({ status: 'draft', editable: true });
  });

  it('is refused while an attempt is in flight, or its intent is open, or it has a ticket: nothing changes', () => {
    const repo = createOutboxRepository(store.db);
    const rowOf = (id: string) => store.db.prepare('SELECT * FROM outbox_items WHERE draft_id = ?').get(id);

    // In flight: claimed for attempt 1, its intent committed, the POST not answered yet.
    const sending = createReadyDraft(store, 'dids', 702);
    finalize(sending);
    store.durably(() => repo.startAttempt(sending, 1, 'sha', at));
    const inFlight = rowOf(sending);
    expect(refusal(() => worker.pullBack(sending))).toBe('sendingStarted');
    expect(rowOf(sending)).toEqual(inFlight);
    expect(store.drafts.get(sending).status).toBe('queued');

    // The answer never came (dropped connection): waiting, with the intent still open.
    store.durably(() =>
      repo.setState(sending, 'waiting', at, { nextAttemptAt: at, lastError: null, failures: 1 }),
    );
    expect(repo.openIntent(sending)).toBeDefined();
    expect(refusal(() => worker.pullBack(sending))).toBe('sendingStarted');
    expect(store.drafts.get(sending).status).toBe('queued');

    // Submitted: it has its ticket.
    const submitted = createReadyDraft(store, 'dids', 703);
    finalize(submitted);
    store.durably(() =>
      repo.settle(submitted, 'submitted', at, {
        ticket: 'P7654321',
        reply: 1,
        message: null,
        focusPath: null,
        lastError: null,
      }),
    );
    expect(refusal(() => worker.pullBack(submitted))).toBe('sendingStarted');

    // Never finalized: there is nothing to pull back.
    const plain = createReadyDraft(store, 'dids', 704);
    expect(refusal(() => worker.pullBack(plain))).toBe('notQueued');
    expect(refusal(() => worker.pullBack('00000000-0000-4000-8000-000000000000'))).toBe('notFound');
  });

  it('is refused for a request sending to the new carrier, as for sending it elsewhere', () => {
    const repo = createOutboxRepository(store.db);
    const id = createReadyDraft(store, 'dids', 705);
    finalize(id);
    store.durably(() => repo.startAttempt(id, 1, 'sha', at));
    // Started sending: it cannot be moved to another carrier either (the carrier may have it).
    const moved = store.durably(() =>
      repo.retarget(
        id,
        { targetKind: 'account', targetBaseUrl: 'https://b.example', targetUsername: 'b' },
        at,
      ),
    );
    expect(moved).toBe(false);
    expect(repo.itemLight(id)).toMatchObject({ target_kind: 'practice', state: 'sending' });
  });
});
