// The dealer's retention period (Settings; off by default): requests the carrier has finished with
// (completed or rejected) are purged once they have been finished for longer than the period. Run with
// the housekeeping and as soon as the dealer picks a period. The purge itself is the store's (the same as
// emptying the trash), which takes the outbox's record with it; this owns which requests are due.
//
// A request finished when its last status arrived (its status timeline); a request imported without a
// timeline, when its outbox record last changed; failing both, when the draft last changed.
import { retentionCutoff, type RetentionPeriod } from '../shared/domain/retention';
import type { OutboxClock, OutboxStore } from './outbox-deps';

export interface Retention {
  /** How many requests `period` would purge now (Settings says so before the dealer confirms). */
  count(period: RetentionPeriod): number;
  /** Purges the requests past the saved period; answers their ids. */
  purgeExpired(): string[];
}

export interface RetentionOptions {
  store: OutboxStore & { settings: { get(key: 'retention'): RetentionPeriod } };
  clock: OutboxClock;
}

export function createRetention({ store, clock }: RetentionOptions): Retention {
  // Finished requests are found in the narrow covering index of live drafts (drafts_live), so only their
  // rows are read, not every draft's (a row is a whole page, its JSON inline). Trashed ones are left to
  // the trash, which purges them sooner than any period.
  const expired = store.db.prepare<[string], { id: string }>(
    `SELECT d.id FROM drafts d INDEXED BY drafts_live
     WHERE d.deleted_at IS NULL AND d.status IN ('completed', 'rejected')
       AND COALESCE(
         (SELECT MAX(t.at) FROM port_status_timeline t WHERE t.draft_id = d.id),
         (SELECT o.updated_at FROM outbox_items o WHERE o.draft_id = d.id),
         d.updated
       ) < ?
     ORDER BY d.seq`,
  );

  function due(period: RetentionPeriod): string[] {
    const cutoff = retentionCutoff(period, clock());
    return cutoff === null ? [] : expired.all(cutoff.toISOString()).map((row) => row.id);
  }

  return {
    count: (period) => due(period).length,
    purgeExpired() {
      const ids = due(store.settings.get('retention'));
      return ids.length === 0 ? [] : store.drafts.purge(ids, clock());
    },
  };
}
