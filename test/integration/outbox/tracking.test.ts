// Tracking after submission: each status change is stored with its time, the draft follows it
// (COMPLETED → completed, REJECTED → rejected with every reject row and the field at fault), desktop
// notifications get their events, and "edit a copy" of a rejected port opens on that field.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortStatusChange } from '../../../src-main/shared/ipc-contract/types';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createPortTracker } from '../../../src-main/outbox/tracking';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

describe('port tracking', () => {
  const temp = tempDir();
  let store: Store;
  let practice: PracticeCarrier;

  beforeAll(async () => {
    store = openTestStore(join(temp.dir, 'portage.db'));
    practice = await startPracticeCarrier({ statusStepMs: 250 });
  });

  afterAll(async () => {
    store.close();
    await practice.close();
    temp.remove();
  });

  it('follows a port to COMPLETED and a rejected one to REJECTED with its details', async () => {
    const client = clientFor(() => practice.url);
    const changes: PortStatusChange[] = [];
    const tracker = createPortTracker({
      store,
      client,
      schedule: { initialMs: 60, capMs: 120 },
      onPortStatusChanged: (change) => changes.push(change),
    });
    const worker = createOutboxWorker({
      store,
      client,
      firstPollDelayMs: 0,
      onSubmitted: () => tracker.wake(),
    });
    const drafts = createOutboxDrafts({ store, readyContext, onQueued: () => worker.wake() });

    const good = createReadyDraft(store, 'dids', 400);
    const rejectedId = createReadyDraft(store, 'residentialLine', 401);
    const data = store.drafts.get(rejectedId).data;
    // The practice carrier's losing carrier rejects account number 000000 (field AN).
    store.drafts.save(rejectedId, { ...data, customer: { ...data.customer, accountNumber: '000000' } });
    drafts.finalizeDraft(good);
    drafts.finalizeDraft(rejectedId);
    worker.start();
    tracker.start();

    await waitFor(
      () =>
        store.drafts.get(good).status === 'completed' && store.drafts.get(rejectedId).status === 'rejected',
      { what: 'the ports to complete and be rejected', timeoutMs: 15_000 },
    );
    await worker.stop();
    await tracker.stop();

    const completed = tracker.trackingFor(good);
    expect(completed.ticket).toBe(store.drafts.get(good).ticket);
    expect(completed.reply).toBe('Accepted');
    expect(completed.timeline.map((entry) => entry.status)).toEqual(['SUBMITTED', 'CONFIRMED', 'COMPLETED']);
    expect(completed.reject).toBeNull();
    expect(completed.attempts[0]).toMatchObject({ status: 200, reply: 'Accepted', ticket: completed.ticket });

    const rejected = tracker.trackingFor(rejectedId);
    expect(rejected.timeline.map((entry) => entry.status)).toEqual(['SUBMITTED', 'REJECTED']);
    expect(rejected.reject).toMatchObject({
      reason: 'Account number does not match the losing carrier records',
      summary: '6A AN: ACCOUNT NUMBER MISMATCH',
      focusPath: 'customer.accountNumber',
    });
    expect(rejected.reject?.details).toEqual([
      expect.objectContaining({
        'FLD ABBR': 'AN',
        'RJCT CODE': '6A',
        'RJCT REMARKS': 'ACCOUNT NUMBER MISMATCH',
      }),
    ]);

    expect(changes).toContainEqual({
      draftId: good,
      status: 'COMPLETED',
      title: store.drafts.get(good).title,
    });
    expect(changes).toContainEqual({
      draftId: rejectedId,
      status: 'REJECTED',
      title: store.drafts.get(rejectedId).title,
    });

    // Polling stopped at COMPLETED; the rejected port is still watched (the carrier may take it up again).
    const polls = store.db.prepare('SELECT draft_id, next_poll_at FROM port_tracking').all() as {
      draft_id: string;
      next_poll_at: string | null;
    }[];
    expect(polls.find((row) => row.draft_id === good)?.next_poll_at).toBeNull();
    expect(polls.find((row) => row.draft_id === rejectedId)?.next_poll_at).not.toBeNull();

    const copy = drafts.editCopy(rejectedId);
    expect(copy.focusPath).toBe('customer.accountNumber');
    expect(copy.draft.id).not.toBe(rejectedId);
    expect(copy.draft.editable).toBe(true);
    expect(copy.draft.data.customer?.accountNumber).toBe('000000');

    // The copy remembers what the carrier said of the request it copies, for its editor's notes.
    expect(drafts.copiedRejection(copy.draft.id)).toEqual({
      sourceId: rejectedId,
      ticket: store.drafts.get(rejectedId).ticket,
      reject: {
        reason: 'Account number does not match the losing carrier records',
        summary: '6A AN: ACCOUNT NUMBER MISMATCH',
        details: [expect.objectContaining({ 'FLD ABBR': 'AN', 'RJCT CODE': '6A' })],
      },
    });
    expect(drafts.copiedRejection(good)).toBeNull();
    expect(drafts.copiedRejection(rejectedId)).toBeNull();
  });

  it('refuses to finalize a draft that is not ready, with the issues, and leaves it editable', () => {
    const drafts = createOutboxDrafts({ store, readyContext });
    const id = createReadyDraft(store, 'virtualFax', 402);
    const data = store.drafts.get(id).data;
    store.drafts.save(id, { ...data, customer: { ...data.customer, name: '' } });
    let caught: unknown;
    try {
      drafts.finalizeDraft(id);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'notReady', key: 'error.notReady' });
    expect((caught as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toContain(
      'customer.name',
    );
    expect(store.drafts.get(id).status).not.toBe('queued');
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM outbox_items WHERE draft_id = ?').get(id)).toEqual({
      n: 0,
    });
  });

  it('locks a finalized draft: the frozen request is what will be sent', () => {
    const drafts = createOutboxDrafts({ store, readyContext });
    const id = createReadyDraft(store, 'businessLine', 403);
    drafts.finalizeDraft(id);
    // The frozen body is in outbox_bodies since migration 009, its documents named by their sha256.
    const frozen = store.db.prepare(
      'SELECT b.parts_json, o.body_sha256 FROM outbox_items o JOIN outbox_bodies b USING (draft_id) WHERE draft_id = ?',
    );
    const before = frozen.get(id);
    expect(before).toMatchObject({ parts_json: expect.stringContaining('PortForm') });
    expect(() => store.drafts.save(id, {})).toThrow();
    expect(() => drafts.finalizeDraft(id)).toThrow();
    expect(frozen.get(id)).toEqual(before);
  });
});
