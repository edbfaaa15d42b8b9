import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerReferenceFor } from '../../../src-main/shared/domain/customer-reference';
import type { DraftKind } from '../../../src-main/shared/domain/catalogue';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
let ids: Record<string, string>;

function add(key: string, kind: DraftKind, name: string, numbers: string[]) {
  t.clock.advance(60_000);
  ids[key] = t.store.drafts.create(kind, { customer: { name }, numbers: { toPort: numbers } }).id;
}
const found = (query: string, extra: Parameters<TempStore['store']['drafts']['list']>[0] = {}) =>
  t.store.drafts
    .list({ query, ...extra })
    .rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0])
    .sort();

beforeEach(() => {
  t = tempStore();
  ids = {};
  add('cote', 'sipTrunkDids', 'Boulangerie Côté inc.', ['(613) 555-0123', '613 555 0124']);
  add('obrien', 'residentialLine', "Jean O'Brien", ['+1 819-555-7788']);
  add('cotelette', 'businessLine', 'Côtelette et fils', ['418.555.0100']);
  add('tollfree', 'sipTrunkDids', 'Numéros sans frais', ['1-800-555-0199']);
});
afterEach(() => t.cleanup());

describe('drafts search', () => {
  it('finds a customer by a name prefix without accents or capitals', () => {
    expect(found('Cote')).toEqual(['cote', 'cotelette']);
    expect(found('COTE inc')).toEqual(['cote']);
    expect(found('boulang')).toEqual(['cote']);
    expect(found('obrien')).toEqual(['obrien']);
    expect(found('numeros sans')).toEqual(['tollfree']);
    expect(found('zzz')).toEqual([]);
  });

  it('finds a number typed in any format, in full or by its start or last digits', () => {
    expect(found('613-555-0123')).toEqual(['cote']);
    expect(found('1 (613) 555 0123')).toEqual(['cote']);
    expect(found('613555')).toEqual(['cote']);
    expect(found('0124')).toEqual(['cote']);
    expect(found('7788')).toEqual(['obrien']);
    expect(found('+1 819 555')).toEqual(['obrien']);
    expect(found('800 555')).toEqual(['tollfree']);
    expect(found('555')).toEqual([]);
  });

  it('finds a draft by its ticket, its reference number or its id', () => {
    const cote = ids.cote ?? '';
    t.store.drafts.setTicket(cote, 'TT-4471');
    expect(found('tt-44')).toEqual(['cote']);
    const reference = customerReferenceFor(cote);
    expect(found(reference)).toEqual(['cote']);
    expect(found(reference.slice(4, 12).toLowerCase())).toEqual(['cote']);
    expect(found(cote.slice(0, 8))).toEqual(['cote']);
  });

  it('filters by kind and status and counts the total beyond the page', () => {
    expect(found('', { kinds: ['sipTrunkDids'] })).toEqual(['cote', 'tollfree']);
    t.store.drafts.setStatus(ids.obrien ?? '', 'ready');
    expect(found('', { statuses: ['ready'] })).toEqual(['obrien']);
    expect(found('cote', { kinds: ['businessLine'] })).toEqual(['cotelette']);
    const page = t.store.drafts.list({ limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
  });

  it('sorts by updated (newest first by default), customer, created, kind and status', () => {
    const order = (
      sort: 'updated' | 'created' | 'customer' | 'status' | 'kind',
      direction?: 'asc' | 'desc',
    ) => t.store.drafts.list({ sort, direction }).rows.map((r) => r.customerName);
    expect(order('updated')).toEqual([
      'Numéros sans frais',
      'Côtelette et fils',
      "Jean O'Brien",
      'Boulangerie Côté inc.',
    ]);
    expect(order('created', 'asc')).toEqual([
      'Boulangerie Côté inc.',
      "Jean O'Brien",
      'Côtelette et fils',
      'Numéros sans frais',
    ]);
    expect(order('customer')).toEqual([
      'Boulangerie Côté inc.',
      'Côtelette et fils',
      "Jean O'Brien",
      'Numéros sans frais',
    ]);
    t.store.drafts.setStatus(ids.cotelette ?? '', 'completed');
    expect(order('status', 'desc')[0]).toBe('Côtelette et fils');
    expect(order('kind')[0]).toBe('Côtelette et fils');
  });

  it('summarizes each draft as the list shows it', () => {
    const row = t.store.drafts.list({ query: 'boulangerie' }).rows[0];
    expect(row).toEqual({
      id: ids.cote,
      kind: 'sipTrunkDids',
      title: 'Boulangerie Côté inc.',
      customerName: 'Boulangerie Côté inc.',
      numbers: ['(613) 555-0123', '613 555 0124'],
      numberCount: 2,
      status: 'draft',
      created: '2026-03-02T14:01:00.000Z',
      updated: '2026-03-02T14:01:00.000Z',
      ticket: null,
      archived: false,
    });
  });

  it('follows edits: a renamed customer or changed number is found by its new value only', () => {
    const id = ids.obrien ?? '';
    t.store.drafts.save(id, { customer: { name: 'Marie Tremblay' }, numbers: { toPort: ['514 555 3000'] } });
    expect(found('obrien')).toEqual([]);
    expect(found('7788')).toEqual([]);
    expect(found('tremb')).toEqual(['obrien']);
    expect(found('3000')).toEqual(['obrien']);
  });

  it('refuses a malformed list request', () => {
    expect(() => t.store.drafts.list({ limit: 501 })).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
  });
});
