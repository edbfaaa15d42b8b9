import { describe, expect, it } from 'vitest';
import { portageFieldForReject } from '../../../src-main/shared/domain/reject-fields';

describe('portageFieldForReject', () => {
  it.each([
    ['AN', 'customer.accountNumber'],
    ['ACCT', 'customer.accountNumber'],
    ['NAME', 'customer.name'],
    ['EU', 'customer.name'],
    ['SANO', 'address.streetNumber'],
    ['SASN', 'address.streetName'],
    ['CITY', 'address.city'],
    ['STATE', 'address.province'],
    ['ZIP', 'address.postalCode'],
    ['DDD', 'schedule.date'],
    ['TN', 'numbers.toPort'],
    ['PORTED #', 'numbers.toPort'],
    ['AUTHNM', 'attachments.letterOfAuthorization'],
    [' sasn ', 'address.streetName'],
  ])('maps %j to %s', (abbreviation, field) => {
    expect(portageFieldForReject({ 'FLD ABBR': abbreviation })).toBe(field);
  });

  it('falls back to the ported number when the field is unknown', () => {
    expect(portageFieldForReject({ 'FLD ABBR': 'ZZZ', 'PORTED #': '613-555-0123' })).toBe('numbers.toPort');
  });

  it('gives null when nothing points to a draft field', () => {
    expect(portageFieldForReject({ 'FLD ABBR': 'LSRNO', 'RJCT CODE': '1P' })).toBeNull();
    expect(portageFieldForReject({})).toBeNull();
  });
});
