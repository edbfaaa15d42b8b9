// 401: the carrier refuses the account. The whole queue pauses with nothing dropped; once the dealer fixed
// the account (resume()), it drains.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import type { OutboxState } from '../../../src-main/shared/ipc-contract/types';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

describe('unauthorized account', () => {
  const temp = tempDir();
  let store: Store;
  let practice: PracticeCarrier;

  beforeAll(async () => {
    store = openTestStore(join(temp.dir, 'portage.db'));
    practice = await startPracticeCarrier({ statusStepMs: 3_600_000 });
  });

  afterAll(async () => {
    store.close();
    await practice.close();
    temp.remove();
  });

  it('pauses the queue without losing anything, and drains after resume()', async () => {
    let password = 'wrong password';
    const views: OutboxState[] = [];
    const worker = createOutboxWorker({
      store,
      client: clientFor(() => practice.url, { password: () => password }),
      retryPolicy: { baseMs: 20, capMs: 100 },
      onChange: (view) => views.push(view),
    });
    const drafts = createOutboxDrafts({ store, readyContext, onQueued: () => worker.wake() });
    const ids = ['dids', 'businessLine', 'virtualFax', 'tollFreeDids', 'generalProduct'].map(
      (entry, serial) => createReadyDraft(store, entry as Parameters<typeof createReadyDraft>[1], serial),
    );
    for (const id of ids) drafts.finalizeDraft(id);
    worker.start();

    await waitFor(() => worker.snapshot().paused === 'unauthorized', { what: 'the queue to pause' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const paused = worker.snapshot();
    expect(paused.paused).toBe('unauthorized');
    expect(paused.items.map((item) => item.draftId).sort()).toEqual([...ids].sort());
    expect(paused.items.every((item) => item.state === 'queued')).toBe(true);
    expect(paused.items.some((item) => item.lastError?.includes('password'))).toBe(true);
    for (const id of ids) expect(store.drafts.get(id).status).toBe('queued');
    expect(practice.ports()).toHaveLength(0);
    expect(views.at(-1)?.paused).toBe('unauthorized');
    // Paused means paused: at most one refused request per item that was in flight, then silence.
    const refused = store.db
      .prepare('SELECT COUNT(*) AS n FROM outbox_attempts WHERE http_status = 401')
      .get() as {
      n: number;
    };
    expect(refused.n).toBeLessThanOrEqual(4);

    password = 'practice';
    worker.resume();
    await waitFor(() => ids.every((id) => store.drafts.get(id).status === 'submitted'), {
      what: 'the drain',
    });
    await worker.stop();
    expect(worker.snapshot()).toEqual({
      paused: null,
      online: true,
      items: [],
      current: { kind: 'practice' },
    });
    expect(practice.ports()).toHaveLength(ids.length);
  });
});
