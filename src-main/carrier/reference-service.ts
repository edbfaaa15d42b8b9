// The carrier's reference lists for the renderer: served from the store's cache (so drafts can be
// prepared offline) and refreshed through the carrier's reference sync, which keeps the last good copy
// of any list whose fetch fails.
import type { ReferenceSync } from './reference-sync';
import type { Locale } from '../shared/domain/locale';
import {
  referenceKinds,
  type ReferenceData,
  type ReferenceKind,
  type ReferenceRefreshResult,
} from '../shared/domain/reference-data';
import type { ReferenceCache } from '../store/reference-cache';

/** The reference lists as the renderer reads them, and a refresh that says which lists failed. */
export interface ReferenceService {
  get(): ReferenceData;
  refresh(): Promise<ReferenceRefreshResult>;
}

export function createReferenceService(options: {
  cache: ReferenceCache;
  sync: ReferenceSync;
  locale: () => Locale;
  translate: (locale: Locale, key: string) => string;
}): ReferenceService {
  const { cache } = options;
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
  return {
    get,
    async refresh(): Promise<ReferenceRefreshResult> {
      const results = await options.sync.syncAll();
      const errors: Partial<Record<ReferenceKind, string>> = {};
      for (const kind of referenceKinds) {
        const result = results[kind];
        if (result.status === 'failed')
          errors[kind] = options.translate(options.locale(), result.error.messageKey);
      }
      return { ...get(), errors };
    },
  };
}
