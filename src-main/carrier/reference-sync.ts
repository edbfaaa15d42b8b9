// Keeps the carrier's reference data (SIP trunks, offerings, providers, holidays, NPA-NXX) in the local
// cache so drafts can be prepared offline. Each kind is fetched and stored on its own: one failing list
// never throws away the others, and a failed fetch keeps the last good copy.
import type { MessageKey } from '../shared/domain/messages';
import type { ReferenceKind } from '../shared/domain/reference-data';
import type { CarrierError, CarrierOutcome } from './carrier-error';
import type { CarrierClient } from './client';
import { systemClock, type Clock } from './clock';

export const referenceSyncKinds = [
  'sipTrunks',
  'offerings',
  'providers',
  'holidays',
  'npanxx',
] as const satisfies readonly ReferenceKind[];

/** The part of the store's reference cache this needs. */
export interface ReferenceCacheLike {
  put(kind: ReferenceKind, data: unknown, fetchedAt: Date): void;
  get(kind: ReferenceKind): { data: unknown; fetchedAt: Date } | null;
}

export type StorageFailure = { kind: 'storage'; messageKey: MessageKey };

export type KindSyncResult =
  /** Fetched and stored now. */
  | { status: 'synced'; fetchedAt: string }
  /** Recent enough; not fetched (syncIfStale only). */
  | { status: 'fresh'; fetchedAt: string }
  /** Could not fetch or store; `fetchedAt` is the cached copy still in use, if any. */
  | { status: 'failed'; error: CarrierError | StorageFailure; fetchedAt: string | null };

export type ReferenceSyncResult = Record<ReferenceKind, KindSyncResult>;

export interface ReferenceSync {
  syncAll(): Promise<ReferenceSyncResult>;
  /** Fetches only the kinds never fetched or older than maxAgeMs (default one day). */
  syncIfStale(maxAgeMs?: number): Promise<ReferenceSyncResult>;
}

export const defaultReferenceMaxAgeMs = 24 * 60 * 60 * 1000;

export interface ReferenceSyncOptions {
  client: CarrierClient;
  cache: ReferenceCacheLike;
  clock?: Clock;
}

export function createReferenceSync(options: ReferenceSyncOptions): ReferenceSync {
  const { client, cache } = options;
  const clock = options.clock ?? systemClock;

  const fetchers: Record<ReferenceKind, () => Promise<CarrierOutcome<unknown>>> = {
    sipTrunks: () => client.listSipTrunks(),
    offerings: () => client.listOfferings(),
    providers: () => client.listProviders(),
    holidays: () => client.listHolidays(),
    npanxx: () => client.listNpanxx(),
  };

  function cachedAt(kind: ReferenceKind): string | null {
    try {
      return cache.get(kind)?.fetchedAt.toISOString() ?? null;
    } catch {
      return null;
    }
  }

  async function syncKind(kind: ReferenceKind): Promise<KindSyncResult> {
    const outcome = await fetchers[kind]();
    if (!outcome.ok) return { status: 'failed', error: outcome.error, fetchedAt: cachedAt(kind) };
    const fetchedAt = new Date(clock.now());
    try {
      cache.put(kind, outcome.value, fetchedAt);
    } catch {
      return {
        status: 'failed',
        error: { kind: 'storage', messageKey: 'error.storage' },
        fetchedAt: cachedAt(kind),
      };
    }
    return { status: 'synced', fetchedAt: fetchedAt.toISOString() };
  }

  async function run(select: (kind: ReferenceKind) => KindSyncResult | null): Promise<ReferenceSyncResult> {
    const entries = await Promise.all(
      referenceSyncKinds.map(async (kind) => [kind, select(kind) ?? (await syncKind(kind))] as const),
    );
    return Object.fromEntries(entries) as ReferenceSyncResult;
  }

  return {
    syncAll: () => run(() => null),
    syncIfStale: (maxAgeMs = defaultReferenceMaxAgeMs) =>
      run((kind) => {
        let cached: { fetchedAt: Date } | null;
        try {
          cached = cache.get(kind);
        } catch {
          cached = null;
        }
        if (!cached) return null;
        const age = clock.now() - cached.fetchedAt.getTime();
        // A fetchedAt in the future (clock moved back) counts as stale rather than fresh forever.
        return age >= 0 && age < maxAgeMs
          ? { status: 'fresh', fetchedAt: cached.fetchedAt.toISOString() }
          : null;
      }),
  };
}
