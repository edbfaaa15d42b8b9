// Holiday names in the dealer's language only: the carrier's list names each day in both at once.
import { describe, expect, it } from 'vitest';
import { holidayName } from '../../../src-main/shared/domain/holiday-names';
import { practiceHolidays } from '../../../src-main/practice-carrier/reference-data';
import { translate } from '../../../src-main/shared/domain/messages';
import { validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, readyDraftFor } from './fixtures';

describe('holidayName', () => {
  it('takes the French half in French and the English half in English', () => {
    expect(holidayName('Fête du Canada / Canada Day', 'fr-CA')).toBe('Fête du Canada');
    expect(holidayName('Fête du Canada / Canada Day', 'en-CA')).toBe('Canada Day');
  });

  it('keeps a single name as it is', () => {
    expect(holidayName('Boxing Day', 'fr-CA')).toBe('Boxing Day');
    expect(holidayName(' Noël ', 'en-CA')).toBe('Noël');
  });

  it('leaves no name of the practice carrier in both languages', () => {
    for (const { Name } of practiceHolidays) {
      for (const locale of ['fr-CA', 'en-CA'] as const)
        expect(holidayName(Name, locale)).not.toContain(' / ');
    }
  });

  it('is how the date rule names the holiday, in each language', () => {
    const draft = readyDraftFor('generalProduct');
    draft.data.schedule = { date: '2030-07-01' };
    const result = validateReady(draft.kind, draft.data, {
      today: fixtureToday,
      holidays: [{ Date: '2030-07-01T00:00:00', Name: 'Fête du Canada / Canada Day' }],
    });
    const warning = result.warnings.find((issue) => issue.key === 'validation.schedule.holiday');
    expect(warning).toBeDefined();
    const fr = translate('fr-CA', 'validation.schedule.holiday', warning?.params ?? {});
    const en = translate('en-CA', 'validation.schedule.holiday', warning?.params ?? {});
    expect(fr).toContain('(Fête du Canada)');
    expect(fr).not.toContain('Canada Day');
    expect(en).toContain('(Canada Day)');
    expect(en).not.toContain('Fête');
  });
});
