// Numbers already in another active request, on a real SQLite file: found by the number in any format,
// named with title and status; requests that are completed, rejected or trashed are not active; a number
// another request only keeps with the losing carrier is not ported twice; and the lookup is a search on
// the number index, never a scan of the drafts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { candidatesSql } from '../../../src-main/store/number-conflicts';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;

function create(name: string, toPort: string[], extra: { toRemain?: string[] } = {}): string {
  t.clock.advance(60_000);
  return t.store.drafts.create('sipTrunkDids', { customer: { name }, numbers: { toPort, ...extra } }).id;
}

const conflicts = (numbers: string[], excludeId: string | null = null) =>
  t.store.drafts.numberConflicts(numbers, excludeId);

beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

describe('numbers in other active requests', () => {
  it('names the other request porting a number, whatever format either was typed in', () => {
    const tremblay = create('Boulangerie Tremblay inc.', ['(613) 555-0123', '613.555.0124']);
    create('Fleuriste Bergeron', ['514 555 0100']);
    const mine = create('Dépanneur Chez Lise', ['+1 613 555 0124', '6135550123', '613 555 0199']);

    expect(conflicts(t.store.drafts.get(mine).data.numbers?.toPort ?? [], mine)).toEqual([
      {
        id: tremblay,
        kind: 'sipTrunkDids',
        title: 'Boulangerie Tremblay inc.',
        status: 'draft',
        // In the order of the list checked, as 10 digits.
        numbers: ['6135550124', '6135550123'],
      },
    ]);
    // The request itself is left out; entries that are not numbers are ignored.
    expect(conflicts(['613 555 0123', 'hello', '555-01'], tremblay).map((request) => request.id)).toEqual([
      mine,
    ]);
  });

  it('counts every request still on its way, and none that is completed, rejected or trashed', () => {
    const queued = create('En file', ['613 555 0101']);
    const completed = create('Terminé', ['613 555 0101']);
    const rejected = create('Refusé', ['613 555 0101']);
    const trashed = create('À la corbeille', ['613 555 0101']);
    const archived = create('Archivé', ['613 555 0101']);
    t.store.drafts.setStatus(queued, 'queued');
    t.store.drafts.setStatus(completed, 'completed');
    t.store.drafts.setStatus(rejected, 'rejected');
    t.store.drafts.trash(trashed);
    t.store.drafts.setArchived(archived, true);

    const names = () => conflicts(['6135550101']).map((request) => request.title);
    // Most recently changed first (archiving, trashing and restoring change nothing the dealer typed).
    expect(names()).toEqual(['Archivé', 'En file']);
    t.store.drafts.restoreFromTrash(trashed);
    expect(names()).toEqual(['Archivé', 'À la corbeille', 'En file']);
    expect(conflicts(['6135550101']).find((request) => request.id === queued)?.status).toBe('queued');
  });

  it('is not fooled by a number the other request keeps with the losing carrier', () => {
    create('Garde le numéro', ['613 555 0150'], { toRemain: ['613 555 0151'] });
    expect(conflicts(['613 555 0151'])).toEqual([]);
    expect(conflicts(['613 555 0150', '613 555 0151']).map((request) => request.numbers)).toEqual([
      ['6135550150'],
    ]);
  });

  it('follows a save that removes the number, and one that adds it back', () => {
    const other = create('Autre demande', ['613 555 0160']);
    expect(conflicts(['613 555 0160'])).toHaveLength(1);
    t.store.drafts.save(other, {
      customer: { name: 'Autre demande' },
      numbers: { toPort: ['613 555 0161'] },
    });
    expect(conflicts(['613 555 0160'])).toEqual([]);
    t.store.drafts.save(other, { customer: { name: 'Autre demande' }, numbers: { toPort: ['6135550160'] } });
    expect(conflicts(['613 555 0160']).map((request) => request.id)).toEqual([other]);
  });

  it('searches the number index, never scans the drafts (with or without ANALYZE statistics)', () => {
    for (let i = 0; i < 50; i++) create(`Client ${i}`, [`613555${String(1000 + i)}`]);
    const plan = () =>
      t.store.db
        .prepare<[string, string], { detail: string }>(`EXPLAIN QUERY PLAN ${candidatesSql}`)
        .all('["6135551000"]', '')
        .map((row) => row.detail);
    for (const analyzed of [false, true]) {
      if (analyzed) t.store.db.exec('ANALYZE');
      const steps = plan();
      expect(steps.some((step) => /SEARCH t USING PRIMARY KEY \(term=\?\)/.test(step))).toBe(true);
      expect(steps.some((step) => /SEARCH d USING INTEGER PRIMARY KEY/.test(step))).toBe(true);
      expect(steps.filter((step) => /^SCAN (d|t)\b/.test(step))).toEqual([]);
    }
  });
});
