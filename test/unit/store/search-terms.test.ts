import { describe, expect, it } from 'vitest';
import {
  fold,
  nameWords,
  numberDigits,
  parseQuery,
  searchTerms,
  titleFor,
} from '../../../src-main/store/search-terms';

describe('search terms', () => {
  it('folds accents and case so "Cote" finds "Côté"', () => {
    expect(fold('Côté')).toBe('cote');
    expect(fold('ÉLÈVE Œuvre')).toBe('eleve oeuvre');
    expect(nameWords("Boulangerie L'Étoile inc.")).toEqual(['boulangerie', 'l', 'etoile', 'inc']);
  });

  it('reads a number in any format as its ten NANP digits', () => {
    for (const typed of [
      '(613) 555-0123',
      '613.555.0123',
      '+1 613 555 0123',
      '1-613-555-0123',
      '6135550123',
    ]) {
      expect(numberDigits(typed)).toBe('6135550123');
    }
    expect(numberDigits('555-0123')).toBe('5550123');
  });

  it('indexes name words, the joined name, number digits and reversed digits', () => {
    const terms = searchTerms({ customer: { name: "Jean O'Brien" }, numbers: { toPort: ['613-555-0123'] } });
    expect(terms).toEqual(
      expect.arrayContaining([
        'n:jean',
        'n:o',
        'n:brien',
        'n:jeanobrien',
        'n:obrien',
        'p:6135550123',
        's:3210555316',
      ]),
    );
  });

  it('reads a phone-like query as digits, with the country code off', () => {
    expect(parseQuery('(613) 555')?.digits).toBe('613555');
    expect(parseQuery('+1 613 555')?.digits).toBe('613555');
    expect(parseQuery('1-613-555-0123')?.digits).toBe('6135550123');
    expect(parseQuery('0123')?.digits).toBe('0123');
    expect(parseQuery('Côté 2')?.digits).toBeNull();
    expect(parseQuery('Côté')?.words).toEqual(['cote']);
    expect(parseQuery('   ')).toBeNull();
  });

  it('titles a draft by its customer, else its first number', () => {
    expect(titleFor({ customer: { name: ' Côté ' } })).toBe('Côté');
    expect(titleFor({ numbers: { toPort: ['', '613 555 0123'] } })).toBe('613 555 0123');
    expect(titleFor({})).toBe('');
  });
});
