// The carrier's reference lists for the renderer: served from the store's cache (so drafts can be
// prepared offline) and refreshed through the carrier's reference sync, which keeps the last good copy
// of any list whose fetch fails.
import type { ReferenceSync } from '../carrier/reference-sync';
import type { ReferenceService } from '../ipc/handlers/deps';
import type {
  Locale,
  ReferenceData,
  ReferenceKind,
  ReferenceRefreshResult,
} from '../shared/ipc-contract/types';
import { referenceKinds } from '../shared/domain/reference-kinds';
import type { ReferenceCache } from '../store/reference-cache';

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
