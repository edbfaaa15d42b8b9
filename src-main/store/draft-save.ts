// Saving a draft, the hot path: the editor calls it every few hundred milliseconds while the dealer
// types. When nothing but the data changed (summary source and attachments as they were, no history
// point due, no other write since), it is one UPDATE of the hot draft's row (hot-draft.ts); otherwise
// the full save (draft-write.ts) in one transaction. Keep it as lean as it is: bench/store.bench.ts
// compares it with a bare upsert.
import type { DraftData } from '../shared/domain/draft';
import type { DraftDetail } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { attachmentShas } from './draft-derived';
import { isRevision, parseId } from './draft-input';
import {
  checkDraft,
  checkDraftAgainst,
  checkStoredDraft,
  sameSections,
  type CheckedDraft,
} from './draft-json';
import type { DraftOrigin } from './drafts';
import { assertEditable, historyWindowMs, pointDue, type WriteRevision } from './draft-write';
import { StoreError, guard } from './errors';
import { summarySections, summarySource } from './search-terms';

export function createDraftSave(
  { db, clock, hot, meta, stmt }: DraftContext,
  writeRevision: WriteRevision,
): (id: string, data: DraftData, expectedRevision?: number, origin?: DraftOrigin) => DraftDetail {
  /** The full save, when the one-statement autosave did not apply: tells why, or writes everything. */
  const saveTx = db.transaction(
    (id: string, checked: CheckedDraft, expectedRevision: number | undefined, at: Date): DraftDetail => {
      const row = meta(id);
      assertEditable(id, row);
      if (expectedRevision !== undefined && expectedRevision !== row.revision) {
        throw new StoreError('revisionConflict', { id, expected: expectedRevision, actual: row.revision });
      }
      return writeRevision(row, checked, pointDue(row, at), at);
    },
  );

  return function save(id, data, expectedRevision, origin = 'input') {
    const key = parseId(id);
    if (expectedRevision !== undefined && !isRevision(expectedRevision)) {
      throw new StoreError('invalidInput', { field: 'expectedRevision' });
    }
    const h = hot.row?.id === key ? hot.row : null;
    // Values over their cap that the saved draft already held may stay (draft-json.ts).
    const saved = () => JSON.parse(stmt.detail.get(key)?.data ?? '{}') as unknown;
    const checked =
      origin === 'stored'
        ? checkStoredDraft(data)
        : h
          ? checkDraftAgainst(data, h.sections)
          : checkDraft(data, saved);
    const date = clock();
    return guard(() => {
      // The autosave of the draft being typed in: when nothing but the data changes (summary
      // source and attachments as they were, no history point due, no other write since), its
      // row alone (hot-draft.ts).
      const ms = date.getTime();
      if (
        h !== null &&
        (expectedRevision === undefined || expectedRevision === h.revision) &&
        ms >= h.sortedAt &&
        ms - h.historyAt < historyWindowMs &&
        (sameSections(checked.sections, h.sections, summarySections) ||
          summarySource(checked.data) === h.summarySource) &&
        (checked.sections.attachments === h.sections.attachments ||
          attachmentShas(checked.data).join(' ') === h.attachmentSource)
      ) {
        const at = date.toISOString();
        if (hot.autosave(checked.json, at, checked.sections)) {
          return {
            id: key,
            kind: h.kind,
            title: h.title,
            data: checked.data,
            status: h.status,
            created: h.created,
            updated: at,
            revision: h.revision,
            ticket: h.ticket,
            archived: h.archived,
            editable: true,
          };
        }
      }
      return saveTx.immediate(key, checked, expectedRevision, date);
    });
  };
}
