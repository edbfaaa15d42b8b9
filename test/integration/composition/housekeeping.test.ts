// Background upkeep on a real store file and the practice carrier over loopback HTTP: the reference
// lists are fetched at start, refreshed only when older than a day and only while online, and the trash
// lets go of drafts deleted more than 30 days ago.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCarrierClient } from '../../../src-main/carrier/client';
import { createReferenceSync, type ReferenceSync } from '../../../src-main/carrier/reference-sync';
import { startHousekeeping, type Housekeeping } from '../../../src-main/composition/housekeeping';
import {
  practiceCredentials,
  startPracticeCarrier,
  type PracticeCarrier,
} from '../../../src-main/practice-carrier/server';
import { openStore, type Store } from '../../../src-main/store';

const day = 24 * 60 * 60 * 1000;
let folder: string;
let carrier: PracticeCarrier;
let store: Store;
let sync: ReferenceSync;
let housekeeping: Housekeeping | null;
const logged: string[] = [];

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portage-housekeeping-'));
  carrier = await startPracticeCarrier();
  store = openStore({ file: join(folder, 'portage.sqlite') });
  const client = createCarrierClient({
    fetchFn: fetch,
    credentials: () => ({ baseUrl: carrier.url, ...practiceCredentials }),
  });
  sync = createReferenceSync({ client, cache: store.referenceCache });
  housekeeping = null;
  logged.length = 0;
});

afterEach(async () => {
  housekeeping?.stop();
  store.close();
  await carrier.close();
  rmSync(folder, { recursive: true, force: true });
});

const start = (isOnline: () => boolean, now = () => new Date()): Housekeeping =>
  (housekeeping = startHousekeeping({ sync, store, isOnline, now, log: (line) => logged.push(line) }));

describe('reference lists', () => {
  it('are fetched at start while online, every list with the time it was fetched', async () => {
    const before = Date.now();
    start(() => true);
    await until(
      () => Object.values(store.referenceCache.all()).every((entry) => entry !== null),
      'all five lists',
    );
    for (const entry of Object.values(store.referenceCache.all())) {
      expect(entry?.fetchedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
    expect(store.referenceCache.get('sipTrunks')?.data).toEqual(expect.arrayContaining([expect.anything()]));
  });

  it('are not fetched while offline, and only the stale ones are fetched once back online', async () => {
    const old = new Date(Date.now() - 2 * day);
    const recent = new Date(Date.now() - 60_000);
    store.referenceCache.put('sipTrunks', [{ Number: 6135550100, Label: 'cached' }], old);
    store.referenceCache.put('providers', [{ ID: 1, Name: 'cached' }], recent);
    let online = false;
    const keeping = start(() => online);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.referenceCache.get('sipTrunks')?.fetchedAt).toEqual(old);
    expect(store.referenceCache.get('offerings')).toBeNull();

    online = true;
    await keeping.refreshIfStale();
    expect(store.referenceCache.get('sipTrunks')?.fetchedAt.getTime()).toBeGreaterThan(old.getTime());
    expect(store.referenceCache.get('sipTrunks')?.data).not.toEqual([
      { Number: 6135550100, Label: 'cached' },
    ]);
    expect(store.referenceCache.get('offerings')).not.toBeNull();
    // Fresh enough: left as it was.
    expect(store.referenceCache.get('providers')?.fetchedAt).toEqual(recent);
    expect(store.referenceCache.get('providers')?.data).toEqual([{ ID: 1, Name: 'cached' }]);
  });

  it('keep the cached copy when the carrier fails, and say so in the log', async () => {
    const old = new Date(Date.now() - 2 * day);
    store.referenceCache.put('holidays', [{ Date: '2026-12-25', Name: 'cached' }], old);
    carrier.faults.set({ serverErrors: 100 });
    const keeping = start(() => true);
    await keeping.refreshIfStale();
    await until(() => logged.some((line) => line.includes('holidays')), 'the failure to be logged');
    expect(store.referenceCache.get('holidays')).toEqual({
      data: [{ Date: '2026-12-25', Name: 'cached' }],
      fetchedAt: old,
    });
  });
});

describe('the trash', () => {
  it('lets go of drafts deleted more than 30 days ago and keeps the recent ones', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const oldStore = store;
    oldStore.close();
    // Drafts deleted 31 days and 1 day before "now", through a store whose clock says so.
    let clock = new Date(now.getTime() - 31 * day);
    store = openStore({ file: join(folder, 'portage.sqlite'), clock: () => clock });
    const gone = store.drafts.create('sipTrunkDids', { customer: { name: 'Ancien' } });
    store.drafts.trash(gone.id);
    clock = new Date(now.getTime() - day);
    const kept = store.drafts.create('sipTrunkDids', { customer: { name: 'Récent' } });
    store.drafts.trash(kept.id);

    start(
      () => false,
      () => now,
    );
    const trash = store.drafts.listTrash().map((draft) => draft.id);
    expect(trash).toEqual([kept.id]);
    expect(() => store.drafts.get(gone.id)).toThrow();
  });

  it('purges many drafts and their documents in batches, the event loop turning between them', async () => {
    const now = new Date('2026-11-26T12:00:00Z');
    store.close();
    const clock = new Date(now.getTime() - 40 * day);
    store = openStore({ file: join(folder, 'portage.sqlite'), clock: () => clock });
    const ids = store.db.transaction(() =>
      Array.from({ length: 120 }, (_, i) => {
        const letters =
          i % 10 === 0
            ? [
                store.attachments.put({
                  name: `l${i}.pdf`,
                  mimeType: 'application/pdf',
                  content: new Uint8Array(3 * 1024 * 1024).fill(i),
                }),
              ]
            : [];
        const { id } = store.drafts.create('sipTrunkDids', {
          customer: { name: `Ancien ${i}` },
          attachments: { letterOfAuthorization: letters },
        });
        store.drafts.trash(id);
        return id;
      }),
    )();
    const purged: string[] = [];
    const keeping = startHousekeeping({
      sync,
      store,
      isOnline: () => false,
      now: () => now,
      log: (line) => logged.push(line),
      onDraftsPurged: (batch) => purged.push(...batch),
    });
    housekeeping = keeping;
    // Count the loop's turns while the purge runs: other work gets to run between the batches.
    let turns = 0;
    let counting = true;
    const count = () => {
      turns += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await keeping.purgeNow();
    counting = false;

    expect([...purged].sort()).toEqual([...ids].sort());
    expect(store.drafts.listTrash()).toEqual([]);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    // 120 drafts in batches of 25 and 12 documents of 3 MB, 4 MB at a time: several turns at least.
    expect(turns).toBeGreaterThan(4);
    expect(logged).toEqual([]);
  });
});
