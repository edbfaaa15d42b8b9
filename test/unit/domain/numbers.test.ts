import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  isTollFree,
  normalizeNumber,
  npanxxOf,
  numberNature,
  parseNumberList,
} from '../../../src-main/shared/domain/numbers';

describe('normalizeNumber', () => {
  it.each([
    '(613) 555-0123',
    '613.555.0123',
    '+1 613 555 0123',
    '1-613-555-0123',
    '6135550123',
    '16135550123',
  ])('reads %s as 6135550123', (input) => expect(normalizeNumber(input)).toBe('6135550123'));

  it.each([
    '',
    'abc',
    '613 555 012',
    '+33 1 23 45 67 89',
    '123 555 0123',
    '613-555-0123 ext 5',
    '1 800 FLOWERS',
  ])('refuses %j', (input) => expect(normalizeNumber(input)).toBeNull());
});

describe('parseNumberList', () => {
  it('splits on newlines, commas, semicolons, tabs and spaces between numbers', () => {
    const result = parseNumberList(
      '(613) 555-0123, 613.555.0124; +1 613 555 0125\t1-613-555-0126\n613 555 0127 613 555 0128',
    );
    expect(result.numbers).toEqual([
      '6135550123',
      '6135550124',
      '6135550125',
      '6135550126',
      '6135550127',
      '6135550128',
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.duplicates).toEqual([]);
  });

  it('reads a pasted spreadsheet column with a header and a second column', () => {
    const result = parseNumberList('Phone\tName\r\n(514) 555-0100\tMarie\r\n(514) 555-0101\tJean\r\n');
    expect(result.numbers).toEqual(['5145550100', '5145550101']);
    expect(result.rejected.map((entry) => entry.input)).toEqual(['Phone', 'Name', 'Marie', 'Jean']);
    expect(result.rejected.every((entry) => entry.key === 'number.notANumber')).toBe(true);
  });

  it('reports each invalid entry with its own reason', () => {
    const result = parseNumberList('613 555 012\n+44 20 7946 0958\n123-555-0123\n613-555-0123 x22');
    expect(result.numbers).toEqual([]);
    expect(result.rejected.map((entry) => [entry.input, entry.key])).toEqual([
      ['613 555 012', 'number.wrongLength'],
      ['+44 20 7946 0958', 'number.notNanp'],
      ['123-555-0123', 'number.invalid'],
      ['613-555-0123 x22', 'number.hasExtension'],
    ]);
    expect(result.rejected[0]?.params).toEqual({ input: '613 555 012', digits: 9 });
  });

  it('reports each duplicate one by one and keeps the first', () => {
    const result = parseNumberList('613-555-0123\n(613) 555-0123\n6135550123\n613-555-0124');
    expect(result.numbers).toEqual(['6135550123', '6135550124']);
    expect(result.duplicates).toEqual([
      { input: '(613) 555-0123', number: '6135550123' },
      { input: '6135550123', number: '6135550123' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(parseNumberList('  \n\t ,; ')).toEqual({ numbers: [], rejected: [], duplicates: [] });
  });
});

describe('number natures', () => {
  it.each(['800', '833', '844', '855', '866', '877', '888'])('treats %s as toll-free', (npa) => {
    expect(isTollFree(`${npa}5550123`)).toBe(true);
  });

  it('treats geographic area codes as regular', () => {
    expect(isTollFree('6135550123')).toBe(false);
    expect(isTollFree('8105550123')).toBe(false);
  });

  it('classifies lists', () => {
    expect(numberNature([])).toBe('none');
    expect(numberNature(['not a number'])).toBe('none');
    expect(numberNature(['613-555-0123'])).toBe('regular');
    expect(numberNature(['1 800 555 0199'])).toBe('tollFree');
    expect(numberNature(['613-555-0123', '1 800 555 0199'])).toBe('mixed');
  });

  it('gives the NPA-NXX as the first six digits', () => {
    expect(npanxxOf('(613) 555-0123')).toBe(613555);
  });
});

describe('formatNumber', () => {
  it('formats per locale', () => {
    expect(formatNumber('6135550123', 'en-CA')).toBe('(613) 555-0123');
    expect(formatNumber('+1 613 555 0123', 'fr-CA')).toBe('613 555-0123');
  });

  it('shows an invalid entry as typed', () => {
    expect(formatNumber('555-01', 'en-CA')).toBe('555-01');
  });
});
