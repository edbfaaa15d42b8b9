// The trash: a deleted draft keeps its row with `deleted_at` set, can be restored for 30 days, and is
// then purged with its history, terms and references (ON DELETE CASCADE), after which attachments no
// draft references any more are collected.
import type { DraftDetail, TrashedDraftSummary } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { parseId } from './draft-input';
import { toSummary } from './draft-rows';
import { StoreError, guard } from './errors';

/** Trashed drafts are purged this long after they were trashed. */
export const trashRetentionDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export function createDraftTrash(
  { db, stmt, hot, now, meta, update }: DraftContext,
  collectAttachments: (now: Date) => void,
) {
  return {
    trash(id: string): { id: string; deletedAt: string } {
      const key = parseId(id);
      return guard(() =>
        db
          .transaction(() => {
            const row = meta(key);
            // A queued draft is in the outbox's hands; it must leave the queue before it can be deleted.
            if (row.status === 'queued') throw new StoreError('draftLocked', { id: key, status: row.status });
            hot.settle();
            const deletedAt = row.deleted_at ?? now();
            stmt.setDeleted.run(deletedAt, key);
            return { id: key, deletedAt };
          })
          .immediate(),
      );
    },

    listTrash(): TrashedDraftSummary[] {
      return guard(() =>
        stmt.trash.all().map((row) => ({
          ...toSummary(row),
          deletedAt: row.deleted_at ?? '',
          purgeAfter: new Date(Date.parse(row.deleted_at ?? '') + trashRetentionDays * dayMs).toISOString(),
        })),
      );
    },

    restoreFromTrash(id: string): DraftDetail {
      const key = parseId(id);
      return update(key, () => stmt.setDeleted.run(null, key));
    },

    purgeTrash(at: Date, limit?: number): string[] {
      if (!(at instanceof Date) || Number.isNaN(at.getTime()))
        throw new StoreError('invalidInput', { field: 'now' });
      const cutoff = new Date(at.getTime() - trashRetentionDays * dayMs).toISOString();
      return guard(() =>
        db
          .transaction(() => {
            hot.settle();
            if (limit !== undefined) return stmt.purgeSome.all(cutoff, limit).map((r) => r.id);
            const ids = stmt.purge.all(cutoff).map((r) => r.id);
            if (ids.length > 0) collectAttachments(at);
            return ids;
          })
          .immediate(),
      );
    },
  };
}
