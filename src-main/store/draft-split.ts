// Splitting a draft that mixes toll-free and regular numbers: the carrier takes them in separate requests.
// One transaction: the draft keeps the regular numbers and a new draft of the same kind takes the
// toll-free ones, so a crash never leaves a number in both or in neither. Line passwords follow their lines.
import { Failure } from '../shared/domain/failure';
import type { SplitResult } from '../shared/domain/outbox-views';
import { lineNumbersOf } from '../shared/domain/line-passwords';
import { splitByNature } from '../shared/domain/split';
import { StoreError } from './errors';
import type { Store } from './store';

export function splitDraft(store: Pick<Store, 'db' | 'drafts' | 'lineSecrets'>, id: string): SplitResult {
  return store.db.transaction(() => {
    const draft = store.drafts.get(id);
    if (!draft.editable) throw new StoreError('draftLocked', { id });
    const parts = splitByNature(draft.data);
    if (!parts) throw new Failure('notMixed');
    // Both halves are the stored draft's data, moved: held to the stored shape, not re-capped.
    const tollFree = store.drafts.create(draft.kind, parts.tollFree, 'stored');
    const regular = store.drafts.save(id, parts.regular, draft.revision, 'stored');
    // Each half keeps the line passwords of the lines it holds.
    store.lineSecrets.copy(id, tollFree.id, lineNumbersOf(tollFree.data));
    store.lineSecrets.keepOnly(id, lineNumbersOf(regular.data));
    return { regular, tollFree };
  })();
}
