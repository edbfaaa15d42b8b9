// The carrier's reference lists, served from the store's cache (so drafts can be prepared offline) and
// refreshed from the carrier on demand. Each list is replaced only when its fetch succeeded.
import type { CarrierClient } from '../carrier/client';
import type { CarrierOutcome } from '../carrier/carrier-error';
import type { ReferenceCache } from '../store/reference-cache';
import type { Locale, ReferenceData, ReferenceKind, ReferenceRefreshResult } from '../ipc/types';
import { referenceKinds } from '../ipc/types';
import type { ReferenceService } from '../ipc/handlers/deps';

export function createReferenceService(options: {
  cache: ReferenceCache;
  carrier: CarrierClient;
  clock: () => Date;
  locale: () => Locale;
  translate: (locale: Locale, key: string) => string;
}): ReferenceService {
  const { cache, carrier } = options;
  const list = <T>(kind: ReferenceKind): T[] => {
    const data = cache.get(kind)?.data;
    return Array.isArray(data) ? (data as T[]) : [];
  };
  const get = (): ReferenceData => {
    const all = cache.all();
    const fetchedAt = Object.fromEntries(
      referenceKinds.map((kind) => [kind, all[kind]?.fetchedAt.toISOString() ?? null]),
    ) as Record<ReferenceKind, string | null>;
    return {
      sipTrunks: list('sipTrunks'),
      offerings: list('offerings'),
      providers: list('providers'),
      holidays: list('holidays'),
      npanxx: list('npanxx'),
      fetchedAt,
    };
  };
  const fetchers: Record<ReferenceKind, () => Promise<CarrierOutcome<unknown[]>>> = {
    sipTrunks: () => carrier.listSipTrunks(),
    offerings: () => carrier.listOfferings(),
    providers: () => carrier.listProviders(),
    holidays: () => carrier.listHolidays(),
    npanxx: () => carrier.listNpanxx(),
  };
  return {
    get,
    async refresh(): Promise<ReferenceRefreshResult> {
      const errors: Partial<Record<ReferenceKind, string>> = {};
      const outcomes = await Promise.all(
        referenceKinds.map(async (kind) => [kind, await fetchers[kind]()] as const),
      );
      for (const [kind, outcome] of outcomes) {
        if (outcome.ok) cache.put(kind, outcome.value, options.clock());
        else errors[kind] = options.translate(options.locale(), outcome.error.messageKey);
      }
      return { ...get(), errors };
    },
  };
}
