// Numbers from a spreadsheet, the pure part: the columns guessed from French and English headers (or
// from the cells when there is no header), each row checked, and the numbers merged into a draft.
import { describe, expect, it } from 'vitest';
import { checkRows, importable } from '../../../src-main/shared/domain/intake/check-rows';
import { fieldsForKind } from '../../../src-main/shared/domain/intake/fields';
import { guessMapping } from '../../../src-main/shared/domain/intake/guess-columns';
import { mergeImported } from '../../../src-main/shared/domain/intake/merge';

describe('guessing the columns', () => {
  it('reads French headers, accents and all', () => {
    const rows = [
      ['Étiquette', 'Numéro de téléphone', 'Nom de l’appelant', 'Renvoyer à'],
      ['Réception', '514 555-0101', 'Clinique', '514 555-0199'],
    ];
    expect(guessMapping(rows, 'businessLine')).toEqual({
      hasHeader: true,
      columns: ['label', 'number', 'callerName', 'forwardTo'],
    });
  });

  it('reads English headers, and leaves out what the kind does not take', () => {
    const rows = [
      ['Phone', 'Caller name', 'Label'],
      ['6135550101', 'Front desk', 'Desk'],
    ];
    // A SIP trunk's DIDs have labels but no caller name.
    expect(guessMapping(rows, 'sipTrunkDids')).toEqual({
      hasHeader: true,
      columns: ['number', null, 'label'],
    });
  });

  it('finds the numbers by their cells when there is no header', () => {
    const rows = [
      ['Bureau 1', '613-555-0101'],
      ['Bureau 2', '613-555-0102'],
    ];
    expect(guessMapping(rows, 'sipTrunkDids')).toEqual({ hasHeader: false, columns: [null, 'number'] });
  });

  it('offers the number alone to kinds without a row per number', () => {
    expect(fieldsForKind('virtualFax')).toEqual(['number']);
    expect(fieldsForKind('businessLine')).toContain('extension');
    expect(fieldsForKind('residentialLine')).not.toContain('extension');
  });
});

describe('checking the rows', () => {
  const mapping = { hasHeader: true, columns: ['number', 'label'] as ('number' | 'label' | null)[] };

  it('says what is wrong with each row, by its row number in the file', () => {
    const rows = [
      ['Number', 'Label'],
      ['613 555 0101', 'A'],
      ['pas un numéro', 'B'],
      ['', 'C'],
      ['', ''],
      ['(613) 555-0101', 'D'],
      ['1 800 555 0199', 'E'],
      ['613 555 0102', 'F'],
    ];
    const checked = checkRows(rows, mapping, 'sipTrunkDids', ['613-555-0102']);
    // The blank row (5) is neither imported nor reported.
    expect(checked.map((row) => [row.row, row.problems.map((p) => p.kind)])).toEqual([
      [2, []],
      [3, ['invalid']],
      [4, ['noNumber']],
      [6, ['duplicate']],
      [7, []],
      [8, ['alreadyInRequest']],
    ]);
    expect(checked.find((row) => row.row === 6)?.problems).toEqual([{ kind: 'duplicate', firstRow: 2 }]);
    expect(checked.filter(importable).map((row) => [row.number, row.tollFree, row.details])).toEqual([
      ['6135550101', false, { label: 'A' }],
      ['8005550199', true, { label: 'E' }],
    ]);
  });

  it('keeps toll-free numbers out of a kind that cannot port them', () => {
    const [row] = checkRows(
      [['1 800 555 0199']],
      { hasHeader: false, columns: ['number'] },
      'residentialLine',
    );
    expect(row?.problems).toEqual([{ kind: 'tollFreeNotOffered' }]);
    expect(row && importable(row)).toBe(false);
  });

  it('leaves out a detail longer than its field, and still adds the number', () => {
    const [row] = checkRows(
      [['613 555 0101', 'x'.repeat(500)]],
      { hasHeader: false, columns: ['number', 'label'] },
      'sipTrunkDids',
    );
    expect(row?.problems.map((p) => p.kind)).toEqual(['detailTooLong']);
    expect(row?.details).toEqual({});
    expect(row && importable(row)).toBe(true);
  });
});

describe('merging into the draft', () => {
  it('adds the numbers after the ones there, with a row each, and keeps what the dealer typed', () => {
    const data = {
      numbers: { toPort: ['613 555 0101'] },
      service: { dids: [{ number: '6135550101', label: 'Typed by the dealer' }] },
    };
    const merged = mergeImported(
      data,
      'sipTrunkDids',
      [
        { number: '6135550101', details: { label: 'From the file' } },
        { number: '6135550102', details: { label: 'Salle de conférence' } },
      ],
      'fr-CA',
    );
    expect(merged.numbers?.toPort).toEqual(['613 555 0101', '6135550102']);
    expect(merged.service?.dids).toEqual([
      { number: '6135550101', label: 'Typed by the dealer' },
      { number: '6135550102', label: 'Salle de conférence' },
    ]);
  });
});
