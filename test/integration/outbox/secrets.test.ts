// The carrier password never lands in the database file (any table, the WAL too), the audit trail, or the
// worker's log, even through a refused login, dropped connections and reconciliation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { createPortTracker } from '../../../src-main/outbox/tracking';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import { createCarrierClient } from '../../../src-main/carrier/client';
import { createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

const password = 'Zq7-Pässwörd-du-Concessionnaire-4815';
const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  Buffer.from(`dealer-4815:${secret}`).toString('base64'),
  Buffer.from(secret, 'utf16le').toString('latin1'),
];

describe('secrets', () => {
  const temp = tempDir();
  const file = join(temp.dir, 'portage.db');
  let store: Store;
  let practice: PracticeCarrier;

  beforeAll(async () => {
    store = openTestStore(file);
    practice = await startPracticeCarrier({
      statusStepMs: 100,
      credentials: { username: 'dealer-4815', password },
    });
  });

  afterAll(async () => {
    store.close();
    await practice.close();
    temp.remove();
  });

  it('keeps the password out of the database, its WAL, the audit trail and the log', async () => {
    const log: string[] = [];
    let current = 'not-the-password';
    const dealerClient = createCarrierClient({
      fetchFn: fetch,
      credentials: () => ({ baseUrl: practice.url, username: 'dealer-4815', password: current }),
      timeoutMs: 300,
    });
    const worker = createOutboxWorker({
      store,
      client: dealerClient,
      retryPolicy: { baseMs: 20, capMs: 100 },
      firstPollDelayMs: 0,
      log: (line) => log.push(line),
    });
    const tracker = createPortTracker({
      store,
      client: dealerClient,
      schedule: { initialMs: 50, capMs: 100 },
      log: (line) => log.push(line),
    });
    const drafts = createOutboxDrafts({ store, readyContext, onQueued: () => worker.wake() });
    const ids = Array.from({ length: 6 }, (_, serial) => createReadyDraft(store, 'dids', 300 + serial));
    for (const id of ids) drafts.finalizeDraft(id);

    worker.start();
    await waitFor(() => worker.snapshot().paused === 'unauthorized', { what: 'the refused login' });
    current = password;
    practice.faults.set({ dropAfterRecord: 2, serverErrors: 1, hang: 1, target: 'ports' });
    worker.resume();
    tracker.start();
    await waitFor(() => ids.every((id) => store.drafts.get(id).status === 'completed'), {
      what: 'the ports to complete',
      timeoutMs: 20_000,
    }).catch((error: unknown) => {
      console.log(
        ids.map((id) => [store.drafts.get(id).status, tracker.trackingFor(id)]),
        worker.snapshot(),
        log,
      );
      throw error;
    });
    await worker.stop();
    await tracker.stop();

    const trail = JSON.stringify([
      store.db.prepare('SELECT * FROM outbox_attempts').all(),
      store.db.prepare('SELECT * FROM outbox_intents').all(),
      ...ids.map((id) => tracker.trackingFor(id)),
    ]);
    const logText = log.join('\n');
    expect(logText).toContain('reconcile → adopt');
    expect(trail).toContain('connectionDropped');

    const files = [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path));
    expect(files.length).toBeGreaterThan(0);
    for (const secret of forms(password)) {
      expect(trail.includes(secret), 'audit trail').toBe(false);
      expect(logText.includes(secret), 'log').toBe(false);
      for (const bytes of files) expect(bytes.includes(Buffer.from(secret)), 'database file').toBe(false);
    }
    // The dump is not empty: the check would have found a port body's text.
    expect(files.some((bytes) => bytes.includes(Buffer.from('Boulangerie Chez Marie')))).toBe(true);
  });
});
