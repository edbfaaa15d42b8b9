// Split, finalize and edit-copy: the domain's rules and the outbox's finalize, as the handlers need them.
import { splitByNature } from '../shared/domain/split';
import { Failure } from '../shared/domain/failure';
import type { DraftWorkflow } from '../ipc/handlers/deps';
import type { OutboxDrafts } from '../outbox/finalize';
import type { Store } from '../store';
import { StoreError } from '../store/errors';

export function createWorkflow(store: Store, outboxDrafts: OutboxDrafts): DraftWorkflow {
  return {
    split(id) {
      // One transaction: the original keeps the regular numbers, a new draft takes the toll-free ones.
      return store.db.transaction(() => {
        const draft = store.drafts.get(id);
        if (!draft.editable) throw new StoreError('draftLocked', { id });
        const parts = splitByNature(draft.data);
        if (!parts) throw new Failure('notMixed');
        const tollFree = store.drafts.create(draft.kind, parts.tollFree);
        const regular = store.drafts.save(id, parts.regular, draft.revision);
        return { regular, tollFree };
      })();
    },
    finalize: (id) => outboxDrafts.finalizeDraft(id),
    editCopy: (id) => outboxDrafts.editCopy(id),
  };
}
