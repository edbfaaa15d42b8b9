// The trash: a deleted draft keeps its row with `deleted_at` set, can be restored for 30 days, and is
// then purged with its history, terms, references, stash and outbox record (ON DELETE CASCADE, and the
// trigger of migration 008), after which attachments no draft references any more are collected.
// Requests past the dealer's retention period are purged the same way (outbox/retention.ts picks them).
// Deleted rows are zeroed in the database file (secure_delete, store.ts); after a purge the WAL, which
// still holds the pages as they were before, is checkpointed and truncated so they are gone from it too.
import type { DraftDetail, TrashedDraftSummary } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { parseId } from './draft-input';
import { toSummary } from './draft-rows';
import { StoreError, guard } from './errors';
import { truncateWal } from './next-turn';

/** Trashed drafts are purged this long after they were trashed. */
export const trashRetentionDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

function checkDate(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw new StoreError('invalidInput', { field: 'now' });
}

export function createDraftTrash(
  { db, stmt, hot, now, meta, update }: DraftContext,
  collectAttachments: (now: Date) => void,
) {
  /**
   * Deletes what `remove` deletes in one transaction, then (`whole`) the files left unused and the WAL's
   * copies of the deleted pages; answers the ids. A batch leaves both to its caller (the housekeeping),
   * which collects a few documents at a time and truncates the WAL once at the end.
   */
  function purging(at: Date, remove: () => string[], whole = true): string[] {
    const ids = guard(() =>
      db
        .transaction(() => {
          hot.settle();
          const removed = remove();
          if (removed.length > 0 && whole) collectAttachments(at);
          return removed;
        })
        .immediate(),
    );
    if (ids.length > 0 && whole) truncateWal(db);
    return ids;
  }

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
      checkDate(at);
      const cutoff = new Date(at.getTime() - trashRetentionDays * dayMs).toISOString();
      // A batch (the housekeeping's): the caller collects the documents left unused, a few at a time,
      // and then truncates the WAL.
      if (limit !== undefined)
        return purging(at, () => stmt.purgeSome.all(cutoff, limit).map((r) => r.id), false);
      return purging(at, () => stmt.purge.all(cutoff).map((r) => r.id));
    },

    purge(ids: readonly string[], at: Date): string[] {
      checkDate(at);
      if (!Array.isArray(ids)) throw new StoreError('invalidInput', { field: 'ids' });
      const keys = ids.map(parseId);
      return purging(at, () => keys.filter((key) => stmt.purgeOne.get(key) !== undefined));
    },
  };
}
