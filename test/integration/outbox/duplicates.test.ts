// Finalizing a request whose numbers another active request already ports, on a real SQLite file: the
// first finalize answers with that request and queues nothing; the dealer confirms, and the second call
// (confirmDuplicates) goes through. Once the other request is completed, nothing is asked.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import type { Store } from '../../../src-main/store';
import { createReadyDraft, openTestStore, readyContext, tempDir } from './harness';

describe('finalizing numbers another active request already ports', () => {
  const temp = tempDir();
  let store: Store;
  const outboxRows = (id: string) =>
    store.db.prepare('SELECT COUNT(*) AS n FROM outbox_items WHERE draft_id = ?').get(id) as { n: number };

  beforeAll(() => {
    store = openTestStore(join(temp.dir, 'portage.db'));
  });

  afterAll(() => {
    store.close();
    temp.remove();
  });

  it('asks first, naming the other request; queues on the confirmed second call', () => {
    const drafts = createOutboxDrafts({ store, readyContext });
    const first = createReadyDraft(store, 'dids', 500);
    expect(drafts.finalizeDraft(first).outcome).toBe('queued');
    // The same serial: the same two numbers to port.
    const second = createReadyDraft(store, 'dids', 500);

    const asked = drafts.finalizeDraft(second);
    expect(asked).toEqual({
      outcome: 'confirmDuplicates',
      duplicates: [
        {
          id: first,
          kind: 'sipTrunkDids',
          title: store.drafts.get(first).title,
          status: 'queued',
          numbers: ['5145551000', '5145551001'],
        },
      ],
    });
    // Nothing was queued: the draft is as it was.
    expect(store.drafts.get(second)).toMatchObject({ status: 'draft', editable: true });
    expect(outboxRows(second)).toEqual({ n: 0 });

    const confirmed = drafts.finalizeDraft(second, { confirmDuplicates: true });
    expect(confirmed.outcome).toBe('queued');
    expect(store.drafts.get(second).status).toBe('queued');
    expect(outboxRows(second)).toEqual({ n: 1 });
  });

  it('asks nothing once the other request is completed', () => {
    const drafts = createOutboxDrafts({ store, readyContext });
    const done = createReadyDraft(store, 'virtualFax', 501);
    store.drafts.setStatus(done, 'completed');
    const again = createReadyDraft(store, 'virtualFax', 501);
    expect(drafts.finalizeDraft(again).outcome).toBe('queued');
  });
});
