// The carrier's reference data (SIP trunks, offerings, providers, holidays, NPA-NXX) as last fetched,
// so a dealer can prepare drafts offline. Stored as the carrier's JSON; callers parse it with their schemas.
import type { Database } from 'better-sqlite3';
import { StoreError, guard } from './errors';

import { referenceKinds, type ReferenceKind } from '../shared/domain/reference-data';

export interface CachedReference {
  data: unknown;
  fetchedAt: Date;
}

export interface ReferenceCache {
  put(kind: ReferenceKind, data: unknown, fetchedAt: Date): void;
  get(kind: ReferenceKind): CachedReference | null;
  all(): Record<ReferenceKind, CachedReference | null>;
}

function parseKind(kind: unknown): ReferenceKind {
  if (!(referenceKinds as readonly unknown[]).includes(kind))
    throw new StoreError('invalidInput', { field: 'kind' });
  return kind as ReferenceKind;
}

export function createReferenceCache(db: Database): ReferenceCache {
  const stmt = {
    put: db.prepare(
      `INSERT INTO reference_cache (kind, data, fetched_at) VALUES (?, ?, ?)
       ON CONFLICT (kind) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at`,
    ),
    get: db.prepare<[string], { data: string; fetched_at: string }>(
      'SELECT data, fetched_at FROM reference_cache WHERE kind = ?',
    ),
  };

  const get = (kind: ReferenceKind): CachedReference | null => {
    const row = guard(() => stmt.get.get(parseKind(kind)));
    return row ? { data: JSON.parse(row.data) as unknown, fetchedAt: new Date(row.fetched_at) } : null;
  };

  return {
    put(kind, data, fetchedAt) {
      const k = parseKind(kind);
      if (!(fetchedAt instanceof Date) || Number.isNaN(fetchedAt.getTime())) {
        throw new StoreError('invalidInput', { field: 'fetchedAt' });
      }
      let json: string | undefined;
      try {
        json = JSON.stringify(data);
      } catch {
        json = undefined;
      }
      if (json === undefined) throw new StoreError('invalidInput', { field: 'data' });
      guard(() => stmt.put.run(k, json, fetchedAt.toISOString()));
    },
    get,
    all() {
      return Object.fromEntries(referenceKinds.map((kind) => [kind, get(kind)])) as Record<
        ReferenceKind,
        CachedReference | null
      >;
    },
  };
}
