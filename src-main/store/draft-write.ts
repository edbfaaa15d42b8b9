// The full save of an existing draft: its next revision, written with whatever it derives that changed,
// after keeping the current state as a history point when one is due. Both a save the one-statement
// autosave could not take (draft-save.ts) and a restore of an earlier revision (draft-history.ts) end
// here; this is also where a draft becomes the hot draft (hot-draft.ts).
import type { DraftDetail } from '../shared/domain/draft-views';
import { editableStatuses, revisionsKept } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { attachmentShas, derived, writeRefs, writeTerms } from './draft-derived';
import type { CheckedDraft } from './draft-json';
import { toDetail } from './draft-rows';
import type { MetaRow } from './draft-statements';
import { StoreError } from './errors';
import { summarySource } from './search-terms';

/**
 * History points are written at most once per this window while the dealer keeps typing. The editor
 * autosaves every few hundred milliseconds, so one point per save would make the 20 kept points
 * cover the last few seconds of typing: useless for getting back yesterday's version, and a second
 * JSON write on every keystroke. With a window, each point is the state the draft had before a
 * pause or a minute of editing, which is what a dealer means by "an earlier version".
 */
export const historyWindowMs = 60_000;

/** Whether a save now must first keep the current state: no point yet, or the newest is old. */
export function pointDue(row: MetaRow, at: Date): boolean {
  if (row.history_at === null) return true;
  const last = Date.parse(row.history_at);
  // A clock set back (last in the future) starts a new window rather than freezing the history.
  return last > at.getTime() || at.getTime() - last >= historyWindowMs;
}

/** Throws unless the draft can be edited: not in the trash, and in an editable status. */
export function assertEditable(id: string, row: MetaRow): void {
  if (row.deleted_at !== null) throw new StoreError('draftInTrash', { id });
  if (!editableStatuses.includes(row.status)) throw new StoreError('draftLocked', { id, status: row.status });
}

export type WriteRevision = (row: MetaRow, checked: CheckedDraft, point: boolean, date: Date) => DraftDetail;

export function createRevisionWriter({ stmt, hot }: DraftContext): WriteRevision {
  /** Copies the current state into the history and drops points beyond the newest `revisionsKept`. */
  function keepPoint(seq: number) {
    if (stmt.keepPoint.run(seq).changes > 0) stmt.prunePoints.run(seq, seq, revisionsKept - 1);
  }

  /**
   * Writes `data` as the next revision, first keeping the current state as a history point when
   * `point` says so, and returns the draft as now stored (without reading it back).
   */
  return function writeRevision(row, checked, point, date) {
    const { data, json } = checked;
    const source = summarySource(data);
    const shas = attachmentShas(data);
    const at = date.toISOString();
    hot.settle();
    if (point) keepPoint(row.seq);
    const attachmentSource = shas.join(' ');
    const revision = row.revision + 1;
    let summary = { title: row.title, numbers: row.numbers, number_count: row.number_count };
    let name = row.customer_name;
    if (source !== row.summary_source) {
      const d = derived(data);
      summary = { title: d.title, numbers: d.numbers, number_count: d.numberCount };
      if (d.customerName !== row.customer_name) {
        name = d.customerName;
        stmt.updateName.run(d.customerName, d.customerSort, row.seq);
      }
      writeTerms(stmt, row.seq, d.terms);
    }
    if (attachmentSource !== row.attachment_source) writeRefs(stmt, row.seq, shas);
    const historyAt = point ? at : row.history_at;
    const leads = hot.wouldLead(row.seq, row.archived, at);
    stmt.writeRevision.run(
      json,
      at,
      at,
      revision,
      leads ? 1 : 0,
      historyAt,
      summary.title,
      summary.numbers,
      summary.number_count,
      source,
      attachmentSource,
      row.seq,
    );
    const saved = { ...row, ...summary, updated: at, revision, customer_name: name };
    if (leads && historyAt !== null) {
      hot.remember({
        seq: row.seq,
        id: row.id,
        kind: row.kind,
        title: summary.title,
        status: row.status,
        created: row.created,
        archived: row.archived !== 0,
        ticket: row.ticket,
        revision,
        summarySource: source,
        attachmentSource,
        sections: checked.sections,
        historyAt: Date.parse(historyAt),
        sortedAt: date.getTime(),
      });
    }
    return toDetail(saved, data);
  };
}
