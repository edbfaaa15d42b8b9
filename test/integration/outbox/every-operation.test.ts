// One ready draft of each of the 10 catalogue entries, finalized and drained to the practice carrier:
// each arrives at its own operation, passes the carrier's strict contract check and gets its ticket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { catalogue } from '../../../src-main/shared/domain/catalogue';
import { customerReferenceFor } from '../../../src-main/shared/domain/customer-reference';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

describe('every operation', () => {
  const temp = tempDir();
  let store: Store;
  let practice: PracticeCarrier;

  beforeAll(async () => {
    store = openTestStore(join(temp.dir, 'portage.db'));
    practice = await startPracticeCarrier({ statusStepMs: 60_000 });
  });

  afterAll(async () => {
    store.close();
    await practice.close();
    temp.remove();
  });

  it('sends each of the 10 kinds to its own operation and keeps its ticket', async () => {
    const worker = createOutboxWorker({ store, client: clientFor(() => practice.url) });
    const drafts = createOutboxDrafts({ store, readyContext, onQueued: () => worker.wake() });
    const ids = new Map<string, string>();
    catalogue.forEach((entry, index) => {
      const id = createReadyDraft(store, entry.id, index);
      const result = drafts.finalizeDraft(id);
      // Each draft has numbers of its own: none asks to confirm sending the same numbers twice.
      expect(result.outcome).toBe('queued');
      const draft = result.outcome === 'queued' ? result.draft : null;
      expect(draft?.status).toBe('queued');
      expect(draft?.editable).toBe(false);
      ids.set(entry.id, id);
    });
    worker.start();
    await waitFor(() => [...ids.values()].every((id) => store.drafts.get(id).status !== 'queued'), {
      what: 'the queue to drain',
    });
    await worker.stop();

    const received = practice.ports();
    expect(received).toHaveLength(catalogue.length);
    for (const entry of catalogue) {
      const id = ids.get(entry.id) ?? '';
      const draft = store.drafts.get(id);
      expect(draft.status, entry.id).toBe('submitted');
      const reference = customerReferenceFor(id);
      const port = received.find(
        (candidate) =>
          (candidate.body as { PortForm?: { CustomerReferenceNumber?: string } }).PortForm
            ?.CustomerReferenceNumber === reference,
      );
      expect(port?.path, entry.id).toBe(entry.path);
      expect(draft.ticket, entry.id).toBe(port?.ticket);
    }
    expect(worker.snapshot().items).toEqual([]);
  });
});
