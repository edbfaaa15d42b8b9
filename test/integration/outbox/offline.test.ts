// Offline: with the carrier unreachable (a closed port) the worker does not spin: its connection attempts
// over a window stay within the backoff schedule. When the carrier comes back on that port, the queue
// drains by itself. With the system saying "offline", nothing is attempted at all.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrierClient } from '../../../src-main/carrier/client';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import { createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('offline', () => {
  const temp = tempDir();
  let store: Store;
  let practice: PracticeCarrier | null = null;

  beforeAll(() => {
    store = openTestStore(join(temp.dir, 'portage.db'));
  });

  afterAll(async () => {
    store.close();
    await practice?.close();
    temp.remove();
  });

  it('waits on a growing timer while the carrier is unreachable, then drains when it is back', async () => {
    const port = await closedPort();
    let calls = 0;
    const client = createCarrierClient({
      fetchFn: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
      credentials: () => ({
        baseUrl: `http://127.0.0.1:${port}/rest.svc`,
        username: 'practice',
        password: 'practice',
      }),
      timeoutMs: 2_000,
    });
    const offlinePolicy = { baseMs: 100, capMs: 400 };
    const worker = createOutboxWorker({ store, client, offlinePolicy, concurrency: 4 });
    const drafts = createOutboxDrafts({ store, readyContext });
    const ids = Array.from({ length: 6 }, (_, serial) => createReadyDraft(store, 'dids', 100 + serial));
    for (const id of ids) drafts.finalizeDraft(id);

    worker.start();
    await waitFor(() => !worker.snapshot().online, { what: 'offline' });
    const before = calls;
    const windowMs = 1_500;
    await sleep(windowMs);
    const during = calls - before;
    // One probe at a time, each at least half a backoff step (>= 50 ms, then >= 100, >= 200, 200...) after
    // the last: far fewer than a spinning loop's thousands.
    const bound = Math.ceil(windowMs / (offlinePolicy.baseMs / 2)) + 1;
    expect(during).toBeGreaterThan(0);
    expect(during).toBeLessThanOrEqual(bound);
    expect(worker.snapshot().items).toHaveLength(ids.length);
    for (const id of ids) expect(store.drafts.get(id).status).toBe('queued');

    practice = await startPracticeCarrier({ port, statusStepMs: 3_600_000 });
    await waitFor(() => ids.every((id) => store.drafts.get(id).status === 'submitted'), {
      what: 'the queue to drain by itself',
      timeoutMs: 10_000,
    });
    expect(worker.snapshot().online).toBe(true);
    expect(practice.ports()).toHaveLength(ids.length);
    await worker.stop();
  });

  it('attempts nothing while the system says it is offline, and drains on wake()', async () => {
    const server = await startPracticeCarrier({ statusStepMs: 3_600_000 });
    let calls = 0;
    let systemOnline = false;
    const client = createCarrierClient({
      fetchFn: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
      credentials: () => ({ baseUrl: server.url, username: 'practice', password: 'practice' }),
    });
    const worker = createOutboxWorker({
      store,
      client,
      isOnline: () => systemOnline,
      offlinePolicy: { baseMs: 50, capMs: 200 },
    });
    const drafts = createOutboxDrafts({ store, readyContext });
    const ids = Array.from({ length: 3 }, (_, serial) => createReadyDraft(store, 'virtualFax', 200 + serial));
    for (const id of ids) drafts.finalizeDraft(id);
    worker.start();
    await sleep(500);
    expect(calls).toBe(0);
    expect(worker.snapshot().online).toBe(false);

    systemOnline = true;
    worker.wake();
    await waitFor(() => ids.every((id) => store.drafts.get(id).status === 'submitted'), {
      what: 'the drain',
    });
    await worker.stop();
    await server.close();
  });
});
