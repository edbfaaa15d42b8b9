// Creating a draft: a new one from the editor, or a copy of an existing one (duplicate). Each is one
// transaction inserting the row, its search terms and its attachment references; the draft returned
// is built from what was written, not read back.
import { randomUUID } from 'node:crypto';
import type { DraftKind } from '../shared/domain/catalogue';
import { customerReferenceFor } from '../shared/domain/customer-reference';
import type { DraftData } from '../shared/domain/draft';
import type { DraftDetail } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { attachmentShas, derived, writeRefs } from './draft-derived';
import { parseId, parseKind } from './draft-input';
import { checkDraft, checkStoredDraft, serialize, type CheckedDraft } from './draft-json';
import type { DraftOrigin } from './drafts';
import { toDetail, type SummaryRow } from './draft-rows';
import { StoreError, guard } from './errors';
import { summarySource } from './search-terms';

export function createDraftCreation(
  { db, stmt, hot, now }: DraftContext,
  onDuplicated?: (sourceId: string, copy: DraftDetail) => void,
) {
  const createTx = db.transaction((kind: DraftKind, { data, json }: CheckedDraft): DraftDetail => {
    hot.settle();
    const id = randomUUID();
    const d = derived(data);
    const shas = attachmentShas(data);
    const at = now();
    const { lastInsertRowid } = stmt.insertDraft.run({
      id,
      reference: customerReferenceFor(id),
      kind,
      now: at,
      title: d.title,
      customerName: d.customerName,
      customerSort: d.customerSort,
      numbers: d.numbers,
      numberCount: d.numberCount,
      summarySource: summarySource(data),
      attachmentSource: shas.join(' '),
      data: json,
    });
    const seq = Number(lastInsertRowid);
    for (const term of d.terms) stmt.insertTerm.run(term, seq);
    writeRefs(stmt, seq, shas);
    const row: SummaryRow = {
      seq,
      id,
      kind,
      title: d.title,
      status: 'draft',
      created: at,
      updated: at,
      revision: 1,
      archived: 0,
      deleted_at: null,
      ticket: null,
      customer_name: d.customerName,
      numbers: d.numbers,
      number_count: d.numberCount,
    };
    return toDetail(row, data);
  });

  const duplicateTx = db.transaction((id: string): DraftDetail => {
    const source = stmt.detail.get(id);
    if (!source) throw new StoreError('notFound', { id });
    const copy = createTx(source.kind, serialize(JSON.parse(source.data) as DraftData));
    onDuplicated?.(id, copy);
    return copy;
  });

  return {
    create(kind: DraftKind, data: DraftData, origin: DraftOrigin = 'input'): DraftDetail {
      const k = parseKind(kind);
      const checked = origin === 'stored' ? checkStoredDraft(data) : checkDraft(data);
      return guard(() => createTx.immediate(k, checked));
    },

    duplicate(id: string): DraftDetail {
      const key = parseId(id);
      return guard(() => duplicateTx.immediate(key));
    },
  };
}
