// Times as each language reads them: a 24-hour clock in Quebec French whatever the computer's region,
// English Canada's usual 12-hour clock.
import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDateTime } from '../../../src-renderer/lib/format';

describe('the clock', () => {
  it('is 24-hour in fr-CA, for a time of day and a date with its time', () => {
    expect(formatClockTime('14:30', 'fr-CA')).toMatch(/^14\sh\s30$/);
    expect(formatClockTime('00:15', 'fr-CA')).not.toMatch(/a\.?m|p\.?m/i);
    const evening = formatDateTime('2026-11-29T22:05:00', 'fr-CA');
    expect(evening).toMatch(/22\sh\s05/);
    expect(evening).not.toMatch(/a\.?m|p\.?m/i);
  });

  it('is 12-hour in en-CA', () => {
    expect(formatClockTime('14:30', 'en-CA')).toMatch(/^2:30\sp\.m\.$/);
  });

  it('leaves a time it cannot read as it was typed', () => {
    expect(formatClockTime('2pm', 'fr-CA')).toBe('2pm');
  });
});
