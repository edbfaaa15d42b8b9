// Where a carrier rejection points in the draft. A rejected port's RejectDetail names the field at
// fault by its LSR (Local Service Request) abbreviation, 'FLD ABBR'; this maps the ones a dealer can
// correct to the Portage field that holds them, so "edit a copy" opens on the right field.
import type { RejectDetail } from './contract';

const fieldsByAbbreviation: Readonly<Record<string, string>> = {
  // End-user account and name.
  AN: 'customer.accountNumber',
  ACCT: 'customer.accountNumber',
  'ACCT #': 'customer.accountNumber',
  ATN: 'customer.accountNumber',
  BAN: 'customer.accountNumber',
  EAN: 'customer.accountNumber',
  NAME: 'customer.name',
  EU: 'customer.name',
  EUNAME: 'customer.name',
  'EU NAME': 'customer.name',
  // Service address.
  SANO: 'address.streetNumber',
  SASF: 'address.streetSuffix',
  SASD: 'address.streetDirection',
  SASN: 'address.streetName',
  SATH: 'address.streetType',
  SASS: 'address.streetSuffix',
  LD1: 'address.unit',
  LV1: 'address.unit',
  UNIT: 'address.unit',
  FLOOR: 'address.floor',
  FLR: 'address.floor',
  CITY: 'address.city',
  STATE: 'address.province',
  PROV: 'address.province',
  ZIP: 'address.postalCode',
  'ZIP CODE': 'address.postalCode',
  PC: 'address.postalCode',
  // Dates and times.
  DDD: 'schedule.date',
  DD: 'schedule.date',
  DDT: 'schedule.time',
  // Numbers.
  TN: 'numbers.toPort',
  'PORTED #': 'numbers.toPort',
  'PORTED NBR': 'numbers.toPort',
  NPT: 'numbers.toPort',
  'DISC #': 'numbers.toDisconnect',
  'DISC NBR': 'numbers.toDisconnect',
  // Authorization and contacts.
  AUTHNM: 'attachments.letterOfAuthorization',
  AUTH: 'attachments.letterOfAuthorization',
  'AUTH NM': 'attachments.letterOfAuthorization',
  DATED: 'attachments.letterOfAuthorization',
  INIT: 'contacts.submitterFirstName',
  TELNO: 'contacts.submitterPhone',
  EMAIL: 'contacts.email',
  // Losing carrier.
  CCNA: 'losingCarrier.providerId',
  NNSP: 'losingCarrier.providerId',
  OLSP: 'losingCarrier.providerId',
};

/** The first reject row that names a field Portage knows: where "edit a copy" opens. */
export function focusPathForRejects(details: readonly RejectDetail[]): string | null {
  for (const detail of details) {
    const path = portageFieldForReject(detail);
    if (path !== null) return path;
  }
  return null;
}

/** The draft field a rejection points to, or null when it is not one the dealer typed. */
export function portageFieldForReject(detail: RejectDetail): string | null {
  const abbreviation = detail['FLD ABBR']?.trim().toUpperCase().replace(/\s+/g, ' ');
  if (abbreviation) {
    const field =
      fieldsByAbbreviation[abbreviation] ?? fieldsByAbbreviation[abbreviation.replace(/[^A-Z# ]/g, '')];
    if (field) return field;
  }
  // With no usable field abbreviation, a rejection that names a ported or disconnected number
  // still points at that list.
  if (detail['PORTED #']?.trim()) return 'numbers.toPort';
  if (detail['DISC #']?.trim()) return 'numbers.toDisconnect';
  return null;
}
