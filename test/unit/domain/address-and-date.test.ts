// Rules the carrier's reference implies for the address and the date: a province or state from the
// country's list, a postal code whose first letter fits the province, and the carrier's usual notice.
import { describe, expect, it } from 'vitest';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { regionsOf } from '../../../src-main/shared/domain/regions';
import {
  earliestUsualDate,
  portLeadBusinessDays,
} from '../../../src-main/shared/domain/rules/schedule-rules';
import { validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, must, readyDraftFor } from './fixtures';

function ready(change: (data: DraftData) => void, holidays: { Date: string; Name: string }[] = []) {
  const draft = readyDraftFor('generalProduct');
  change(draft.data);
  return validateReady(draft.kind, draft.data, { today: fixtureToday, holidays });
}

describe('province or state', () => {
  it('lists the 13 provinces and territories, and the 50 states with DC', () => {
    expect(regionsOf('CA')).toHaveLength(13);
    expect(regionsOf('US')).toHaveLength(51);
  });

  it('must be one of the chosen country’s', () => {
    const result = ready((d) => Object.assign(must(d.address), { country: 'US', province: 'QC' }));
    expect(result.errors).toContainEqual({
      path: 'address.province',
      key: 'validation.address.provinceUnknown',
      params: { country: 'US' },
    });
    // Words typed in an older draft are not a code from the list.
    const typed = ready((d) => (must(d.address).province = 'Québec'));
    expect(typed.errors.map((issue) => issue.key)).toContain('validation.address.provinceUnknown');
    expect(ready((d) => (must(d.address).province = 'qc')).errors).toEqual([]);
  });
});

describe('postal code and province', () => {
  it('warns when the first letter does not fit the province (H is Quebec)', () => {
    const result = ready((d) => Object.assign(must(d.address), { province: 'ON', postalCode: 'H2X 3K2' }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      path: 'address.postalCode',
      key: 'validation.address.postalCodeProvince',
      params: { province: 'ON', letters: 'K, L, M, N, P' },
    });
    const fits = ready((d) => Object.assign(must(d.address), { province: 'ON', postalCode: 'K1Y 2Z8' }));
    expect(fits.warnings.filter((issue) => issue.path === 'address.postalCode')).toEqual([]);
  });
});

describe('the carrier’s usual notice', () => {
  it('counts business days, skipping weekends and the carrier’s holidays', () => {
    expect(portLeadBusinessDays).toBe(5);
    // Thursday 2026-01-15: Fri, Mon, Tue, Wed, Thu.
    expect(earliestUsualDate('2026-01-15', [])).toBe('2026-01-22');
    expect(earliestUsualDate('2026-01-15', [{ Date: '2026-01-19T00:00:00' }])).toBe('2026-01-23');
  });

  it('warns about a sooner date, and names the first usual date', () => {
    const result = ready((d) => (must(d.schedule).date = '2026-01-21'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      path: 'schedule.date',
      key: 'validation.schedule.tooSoon',
      params: { days: 5, earliest: '2026-01-22' },
    });
    const holiday = ready(
      (d) => (must(d.schedule).date = '2026-01-22'),
      [{ Date: '2026-01-16T00:00:00', Name: 'Test' }],
    );
    expect(holiday.warnings.map((issue) => issue.key)).toContain('validation.schedule.tooSoon');
    expect(ready((d) => (must(d.schedule).date = '2026-01-22')).warnings).toEqual([]);
  });
});

describe('other email addresses', () => {
  it('checks each one', () => {
    const result = ready((d) => (must(d.contacts).additionalEmails = ['ok@example.ca', 'not an email']));
    expect(result.errors).toEqual([
      { path: 'contacts.additionalEmails.1', key: 'validation.email', params: { input: 'not an email' } },
    ]);
  });
});
