import { describe, expect, test } from 'vitest';
import type { CarrierError, CarrierOutcome } from '../../../src-main/carrier/carrier-error';
import type { CarrierClient } from '../../../src-main/carrier/client';
import { createReferenceSync, type ReferenceCacheLike } from '../../../src-main/carrier/reference-sync';
import type { ReferenceKind } from '../../../src-main/shared/domain/reference-data';

const start = Date.parse('2026-03-02T12:00:00Z');
const day = 24 * 60 * 60 * 1000;

function memoryCache(): ReferenceCacheLike & { puts: ReferenceKind[] } {
  const entries = new Map<ReferenceKind, { data: unknown; fetchedAt: Date }>();
  const puts: ReferenceKind[] = [];
  return {
    puts,
    put: (kind, data, fetchedAt) => {
      puts.push(kind);
      entries.set(kind, { data, fetchedAt });
    },
    get: (kind) => entries.get(kind) ?? null,
  };
}

const down: CarrierError = {
  kind: 'connectionFailed',
  retryable: true,
  outcomeUnknown: false,
  messageKey: 'carrier.unreachable',
};

function fakeClient(failing: Set<string> = new Set()): CarrierClient {
  const outcome = <T>(name: string, value: T): Promise<CarrierOutcome<T>> =>
    Promise.resolve(failing.has(name) ? { ok: false, error: down } : { ok: true, value, status: 200 });
  const unused = () => Promise.reject(new Error('not used'));
  return {
    listSipTrunks: () => outcome('sipTrunks', [{ Number: 6135550100 }]),
    listOfferings: () => outcome('offerings', []),
    listProviders: () => outcome('providers', [{ ID: 1, Name: 'Bell Canada' }]),
    listHolidays: () => outcome('holidays', [{ Date: '2026-07-01', Name: 'Canada Day' }]),
    listNpanxx: () => outcome('npanxx', [613555]),
    checkNpanxx: unused,
    submitPort: unused,
    portInStatusByTicket: unused,
    portInStatusByNumber: unused,
    portOrders: unused,
    portOrdersByNumber: unused,
  };
}

describe('reference sync', () => {
  test('syncAll fetches and stores every kind with the fetch time', async () => {
    const cache = memoryCache();
    const sync = createReferenceSync({ client: fakeClient(), cache, clock: { now: () => start } });
    const result = await sync.syncAll();
    for (const kind of ['sipTrunks', 'offerings', 'providers', 'holidays', 'npanxx'] as const) {
      expect(result[kind]).toEqual({ status: 'synced', fetchedAt: '2026-03-02T12:00:00.000Z' });
    }
    expect(cache.get('providers')?.data).toEqual([{ ID: 1, Name: 'Bell Canada' }]);
  });

  test('one failing kind keeps its last good copy and does not stop the others', async () => {
    const cache = memoryCache();
    let now = start;
    await createReferenceSync({ client: fakeClient(), cache, clock: { now: () => now } }).syncAll();
    now = start + 1000;
    const result = await createReferenceSync({
      client: fakeClient(new Set(['holidays'])),
      cache,
      clock: { now: () => now },
    }).syncAll();
    expect(result.holidays).toEqual({ status: 'failed', error: down, fetchedAt: '2026-03-02T12:00:00.000Z' });
    expect(result.providers).toEqual({ status: 'synced', fetchedAt: '2026-03-02T12:00:01.000Z' });
    expect(cache.get('holidays')?.data).toEqual([{ Date: '2026-07-01', Name: 'Canada Day' }]);
  });

  test('syncIfStale fetches only kinds never fetched or older than the limit', async () => {
    const cache = memoryCache();
    let now = start;
    const sync = createReferenceSync({ client: fakeClient(), cache, clock: { now: () => now } });
    cache.put('providers', [], new Date(start - 2 * day));
    cache.put('holidays', [], new Date(start - 1000));
    cache.puts.length = 0;
    const result = await sync.syncIfStale();
    expect(result.holidays).toEqual({ status: 'fresh', fetchedAt: new Date(start - 1000).toISOString() });
    expect(result.providers.status).toBe('synced');
    expect(cache.puts.sort()).toEqual(['npanxx', 'offerings', 'providers', 'sipTrunks']);
    now = start + day;
    cache.puts.length = 0;
    await sync.syncIfStale();
    // A day later everything is stale again.
    expect(cache.puts.sort()).toEqual(['holidays', 'npanxx', 'offerings', 'providers', 'sipTrunks']);
  });

  test('a cache that cannot write reports a storage failure instead of throwing', async () => {
    const cache: ReferenceCacheLike = {
      put: () => {
        throw new Error('disk full');
      },
      get: () => null,
    };
    const result = await createReferenceSync({ client: fakeClient(), cache }).syncAll();
    expect(result.npanxx).toEqual({
      status: 'failed',
      error: { kind: 'storage', messageKey: 'error.storage' },
      fetchedAt: null,
    });
  });
});
