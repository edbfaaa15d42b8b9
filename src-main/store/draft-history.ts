// A draft's history: listing its revisions (the current one and the points kept by earlier saves, see
// draft-write.ts for when one is kept) and restoring one of them as the next revision. The state being
// replaced always becomes a point first, so a restore can itself be undone.
import type { DraftData } from '../shared/domain/draft';
import type { DraftDetail, DraftRevisionSummary } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { isRevision, parseId } from './draft-input';
import { serialize } from './draft-json';
import { assertEditable, type WriteRevision } from './draft-write';
import { StoreError, guard } from './errors';

export function createDraftHistory({ db, clock, stmt, meta }: DraftContext, writeRevision: WriteRevision) {
  const restoreTx = db.transaction((id: string, revision: number, at: Date): DraftDetail => {
    const row = meta(id);
    assertEditable(id, row);
    const stored =
      revision === row.revision ? stmt.currentData.get(row.seq) : stmt.revisionData.get(row.seq, revision);
    if (!stored) throw new StoreError('notFound', { id, revision });
    // The state being replaced always becomes a point first, so a restore can itself be undone.
    return writeRevision(row, serialize(JSON.parse(stored.data) as DraftData), true, at);
  });

  return {
    revisions(id: string): DraftRevisionSummary[] {
      const key = parseId(id);
      return guard(() => {
        meta(key);
        return stmt.revisions.all(key, key);
      });
    },

    restoreRevision(id: string, revision: number): DraftDetail {
      const key = parseId(id);
      if (!isRevision(revision)) throw new StoreError('invalidInput', { field: 'revision' });
      return guard(() => restoreTx.immediate(key, revision, clock()));
    },
  };
}
