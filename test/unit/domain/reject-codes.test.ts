// The carrier's reject codes and LSR field abbreviations, explained: every entry speaks both languages,
// a known code is explained next to its field, and an unknown one falls back to the carrier's raw text.
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src-main/shared/domain/locale';
import { lsrField, lsrFields } from '../../../src-main/shared/domain/lsr-fields';
import { rejectCode, rejectCodes } from '../../../src-main/shared/domain/reject-codes';
import { explainReject, explainRejectDetail } from '../../../src-main/shared/domain/reject-explanation';

const texts = [
  ...Object.entries(rejectCodes).flatMap(([code, entry]) => [
    [`${code} reason`, entry.reason] as const,
    [`${code} advice`, entry.advice] as const,
  ]),
  ...Object.entries(lsrFields).map(([abbreviation, entry]) => [`${abbreviation} name`, entry.name] as const),
];

describe('the code tables', () => {
  it.each(texts)('%s is written in both languages, and not copied from one to the other', (_, text) => {
    for (const locale of locales) expect(text[locale].trim()).not.toBe('');
    expect(text['fr-CA']).not.toBe(text['en-CA']);
  });

  it('keeps to the catalogues’ typography: typographic apostrophes, a non-breaking space before a colon', () => {
    for (const [, text] of texts) {
      for (const locale of locales) expect(text[locale]).not.toContain("'");
      expect(text['fr-CA']).not.toMatch(/ :/);
    }
  });

  it('has the common reasons a losing provider gives', () => {
    expect(Object.keys(rejectCodes).length).toBeGreaterThanOrEqual(12);
    for (const code of Object.keys(rejectCodes)) expect(code).toMatch(/^[0-9A-Z]{2}$/);
  });

  it('reads codes and abbreviations as carriers write them', () => {
    expect(rejectCode(' 6c ')).toBe(rejectCodes['6C']);
    expect(rejectCode('')).toBeNull();
    expect(lsrField(' eu   name ')?.path).toBe('customer.name');
    expect(lsrField('SASN:')?.path).toBe('address.streetName');
    expect(lsrField('QQQ')).toBeNull();
  });
});

describe('explainRejectDetail', () => {
  const nameRow = {
    'FLD ABBR': 'NAME',
    'RJCT CODE': '6C',
    'RJCT REMARKS': 'END USER NAME MISMATCH',
    FORM: 'EU',
    'PORTED #': '416-555-0142',
  };

  it('explains a known code next to its field, in the dealer’s language', () => {
    expect(explainRejectDetail(nameRow, 'fr-CA')).toEqual({
      path: 'customer.name',
      field: 'Nom du client',
      reason: rejectCodes['6C']?.reason['fr-CA'],
      advice: rejectCodes['6C']?.advice['fr-CA'],
      explained: true,
      number: '416-555-0142',
      raw: 'FLD ABBR NAME · RJCT CODE 6C · RJCT REMARKS END USER NAME MISMATCH · FORM EU · PORTED # 416-555-0142',
    });
    expect(explainRejectDetail(nameRow, 'en-CA')).toMatchObject({
      field: 'Customer’s name',
      reason: 'The customer’s name does not match the name on the account at the current provider.',
    });
  });

  it('falls back to the carrier’s raw text for a code it does not know', () => {
    const row = { 'FLD ABBR': 'QQQ', 'RJCT CODE': 'Z9', 'RJCT REMARKS': 'CSR NOT AVAILABLE' };
    expect(explainRejectDetail(row, 'fr-CA')).toMatchObject({
      path: null,
      field: 'QQQ',
      reason: 'CSR NOT AVAILABLE',
      advice: null,
      explained: false,
    });
  });

  it('falls back to the rejection’s reason, then to the code, when the row has no remarks', () => {
    expect(explainRejectDetail({ 'RJCT CODE': 'Z9' }, 'en-CA', 'Losing carrier said no').reason).toBe(
      'Losing carrier said no',
    );
    expect(explainRejectDetail({ 'RJCT CODE': 'Z9' }, 'en-CA').reason).toBe('Z9');
    expect(explainRejectDetail({}, 'fr-CA').reason).toBe('Le fournisseur n’a donné aucune raison.');
  });
});

describe('explainReject', () => {
  it('explains every row', () => {
    const rows = explainReject(
      {
        reason: 'Account number does not match the losing carrier records',
        summary: '6A AN: ACCOUNT NUMBER MISMATCH',
        details: [
          { 'FLD ABBR': 'AN', 'RJCT CODE': '6A', 'RJCT REMARKS': 'ACCOUNT NUMBER MISMATCH' },
          { 'FLD ABBR': 'ZIP', 'RJCT CODE': '6E', 'RJCT REMARKS': 'POSTAL CODE MISMATCH' },
        ],
      },
      'en-CA',
    );
    expect(rows.map((row) => [row.path, row.field, row.explained])).toEqual([
      ['customer.accountNumber', 'Account number', true],
      ['address.postalCode', 'Postal code', true],
    ]);
  });

  it('with no rows, shows the carrier’s reason as it is', () => {
    expect(explainReject({ reason: 'Customer cancelled', summary: '', details: [] }, 'fr-CA')).toEqual([
      {
        path: null,
        field: null,
        reason: 'Customer cancelled',
        advice: null,
        explained: false,
        number: null,
        raw: 'Customer cancelled',
      },
    ]);
  });
});
