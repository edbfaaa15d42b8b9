// Which Portage field a carrier reject row (RejectDetail) is about, from its "FLD ABBR" (the LSR/EU form's
// field abbreviation). The domain's portageFieldForReject is preferred when present; this table covers the
// abbreviations the losing carriers use for the fields a dealer types.
import type { RejectDetail } from '../ipc/types';

const byAbbreviation: Readonly<Record<string, string>> = {
  AN: 'customer.accountNumber',
  ATN: 'customer.accountNumber',
  NAME: 'customer.name',
  EUNAME: 'customer.name',
  ZIP: 'address.postalCode',
  CITY: 'address.city',
  STATE: 'address.province',
  ST: 'address.province',
  SANO: 'address.streetNumber',
  SASN: 'address.streetName',
  SATH: 'address.streetType',
  SASD: 'address.streetDirection',
  SASS: 'address.streetSuffix',
  LD1: 'address.unit',
  FLOOR: 'address.floor',
  TN: 'numbers.toPort',
  PORTEDNBR: 'numbers.toPort',
  DDD: 'schedule.date',
  DDDO: 'schedule.date',
  OLSP: 'losingCarrier.providerId',
};

export function rejectFieldPath(detail: RejectDetail): string | null {
  const abbreviation = (detail['FLD ABBR'] ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return byAbbreviation[abbreviation] ?? null;
}

/** The first reject row that names a field Portage knows. */
export function focusPathForRejects(details: readonly RejectDetail[]): string | null {
  for (const detail of details) {
    const path = rejectFieldPath(detail);
    if (path !== null) return path;
  }
  return null;
}
