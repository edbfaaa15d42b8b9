// Nothing a dealer typed is lost when a length cap is tightened: a draft saved before the cap opens and
// shows its longer value, later saves keep it (or shorten it) while refusing to let it grow, and an
// older export with such values imports. New input over a cap is refused with the cap in the message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../src-main/store/index';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

const longName = `Boulangerie ${'et pâtisserie '.repeat(12)}Tremblay`; // over the 100-character cap

/** A draft as an older Portage saved it: written straight into the table, past today's caps. */
function olderDraft(data: DraftData): string {
  const draft = t.store.drafts.create('residentialLine', {});
  t.store.db.prepare('UPDATE drafts SET data = ? WHERE id = ?').run(JSON.stringify(data), draft.id);
  t.reopen();
  return draft.id;
}

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('length caps and older drafts', () => {
  it('refuses new input over a cap, saying the cap', () => {
    const draft = t.store.drafts.create('residentialLine', {});
    const error = refusal(() => t.store.drafts.save(draft.id, { customer: { name: longName } }));
    expect(error.code).toBe('invalidDraft');
    expect(error.issues).toEqual([{ path: 'customer.name', key: 'shape.tooLong', params: { max: 100 } }]);
    expect(t.store.drafts.get(draft.id).data).toEqual({});
  });

  it('opens and shows an older draft over the cap, and keeps its value through later saves', () => {
    const id = olderDraft({ customer: { name: longName } });
    const opened = t.store.drafts.get(id);
    expect(opened.data.customer?.name).toBe(longName);

    // The dealer types elsewhere in the draft: saved, the long name untouched.
    const saved = t.store.drafts.save(id, { customer: { name: longName, accountNumber: '4471' } });
    expect(saved.data.customer).toEqual({ name: longName, accountNumber: '4471' });
    // Twice in a row (the autosave of the draft being typed in takes another path).
    t.clock.advance(1_000);
    t.store.drafts.save(id, { customer: { name: longName, accountNumber: '44712' } });
    // Shortened, still over the cap: saved.
    const shorter = longName.slice(0, 150);
    t.store.drafts.save(id, { customer: { name: shorter, accountNumber: '44712' } });
    expect(t.store.drafts.get(id).data.customer?.name).toBe(shorter);
    // Longer than what was saved: refused, and the last save is kept.
    const error = refusal(() => t.store.drafts.save(id, { customer: { name: `${shorter}!!` } }));
    expect(error.issues?.[0]).toMatchObject({ path: 'customer.name', key: 'shape.tooLong' });
    expect(t.store.drafts.get(id).data.customer?.name).toBe(shorter);
    // Another field over its cap is new input: refused.
    const other = refusal(() =>
      t.store.drafts.save(id, { customer: { name: shorter, accountNumber: 'x'.repeat(41) } }),
    );
    expect(other.issues).toEqual([
      { path: 'customer.accountNumber', key: 'shape.tooLong', params: { max: 40 } },
    ]);
  });

  it('duplicates, restores and exports an older draft as it is, and imports it back', () => {
    const id = olderDraft({ customer: { name: longName }, numbers: { toPort: ['613 555 0123'] } });
    expect(t.store.drafts.duplicate(id).data.customer?.name).toBe(longName);
    t.store.drafts.save(id, { customer: { name: 'Court' } });
    expect(t.store.drafts.restoreRevision(id, 1).data.customer?.name).toBe(longName);
    const bundle = t.store.transfer.exportDrafts([id]);
    // Into another computer's store: here the same draft is already present and would be left as it is.
    const other = tempStore();
    try {
      const summary = other.store.transfer.importDrafts(JSON.parse(JSON.stringify(bundle)));
      expect(summary.imported).toEqual([id]);
      expect(other.store.drafts.get(id).data.customer?.name).toBe(longName);
    } finally {
      other.cleanup();
    }
  });
});
