// The LSR (Local Service Request) field abbreviations a carrier names in a rejection's 'FLD ABBR', with
// what each means in the dealer's words and, when the dealer typed it, the Portage field that holds it.
//
// Where the list comes from: the abbreviations are those of the industry's Local Service Ordering
// Guidelines (LSOG) forms, which Canadian local number portability uses for its LSR and End User (EU)
// forms under the CRTC Interconnection Steering Committee's (CISC) porting process; kept here are the
// ones a port-in request carries and a losing carrier objects to. The names are written in our own
// words. An abbreviation missing here is shown as the carrier wrote it (see reject-explanation.ts).
import type { Locale } from './locale';

/** A text in each of the dealer's languages: the type makes a missing translation a compile error. */
export type Bilingual = Readonly<Record<Locale, string>>;

export interface LsrField {
  /** What the field is, in a few words. */
  readonly name: Bilingual;
  /** The draft field holding it, or null when the dealer does not type it. */
  readonly path: string | null;
}

const accountNumber: LsrField = {
  name: { 'en-CA': 'Account number', 'fr-CA': 'Numéro de compte' },
  path: 'customer.accountNumber',
};
const customerName: LsrField = {
  name: { 'en-CA': 'Customer’s name', 'fr-CA': 'Nom du client' },
  path: 'customer.name',
};
const unit: LsrField = {
  name: { 'en-CA': 'Unit or suite', 'fr-CA': 'Bureau ou appartement' },
  path: 'address.unit',
};
const floor: LsrField = { name: { 'en-CA': 'Floor', 'fr-CA': 'Étage' }, path: 'address.floor' };
const province: LsrField = {
  name: { 'en-CA': 'Province or state', 'fr-CA': 'Province ou État' },
  path: 'address.province',
};
const postalCode: LsrField = {
  name: { 'en-CA': 'Postal code', 'fr-CA': 'Code postal' },
  path: 'address.postalCode',
};
const numbersToPort: LsrField = {
  name: { 'en-CA': 'Numbers to port', 'fr-CA': 'Numéros à transférer' },
  path: 'numbers.toPort',
};
const numbersToDisconnect: LsrField = {
  name: { 'en-CA': 'Numbers to disconnect', 'fr-CA': 'Numéros à débrancher' },
  path: 'numbers.toDisconnect',
};
const authorizedBy: LsrField = {
  name: {
    'en-CA': 'Who authorized the port (letter of authorization)',
    'fr-CA': 'Personne qui a autorisé le transfert (lettre d’autorisation)',
  },
  path: 'attachments.letterOfAuthorization',
};
const submitterPhone: LsrField = {
  name: { 'en-CA': 'Your telephone number', 'fr-CA': 'Votre numéro de téléphone' },
  path: 'contacts.submitterPhone',
};
const losingProvider: LsrField = {
  name: { 'en-CA': 'Current provider', 'fr-CA': 'Fournisseur actuel' },
  path: 'losingCarrier.providerId',
};

/** Keyed by the abbreviation as normalizeAbbreviation() writes it (upper case, single spaces). */
export const lsrFields: Readonly<Record<string, LsrField>> = {
  // End-user account and name.
  AN: accountNumber,
  ACCT: accountNumber,
  'ACCT #': accountNumber,
  ATN: {
    name: { 'en-CA': 'Account telephone number', 'fr-CA': 'Numéro de téléphone du compte' },
    path: 'customer.accountNumber',
  },
  BAN: {
    name: { 'en-CA': 'Billing account number', 'fr-CA': 'Numéro de compte de facturation' },
    path: 'customer.accountNumber',
  },
  EAN: {
    name: { 'en-CA': 'Existing account number', 'fr-CA': 'Numéro du compte existant' },
    path: 'customer.accountNumber',
  },
  NAME: customerName,
  EU: customerName,
  EUNAME: customerName,
  'EU NAME': customerName,
  // Service address.
  SANO: { name: { 'en-CA': 'Street number', 'fr-CA': 'Numéro civique' }, path: 'address.streetNumber' },
  SASF: {
    name: { 'en-CA': 'Street number suffix', 'fr-CA': 'Suffixe du numéro civique' },
    path: 'address.streetSuffix',
  },
  SASD: {
    name: { 'en-CA': 'Street direction', 'fr-CA': 'Orientation de la rue' },
    path: 'address.streetDirection',
  },
  SASN: { name: { 'en-CA': 'Street name', 'fr-CA': 'Nom de la rue' }, path: 'address.streetName' },
  SATH: { name: { 'en-CA': 'Street type', 'fr-CA': 'Type de voie' }, path: 'address.streetType' },
  SASS: { name: { 'en-CA': 'Street suffix', 'fr-CA': 'Suffixe de la rue' }, path: 'address.streetSuffix' },
  LD1: unit,
  LV1: unit,
  UNIT: unit,
  FLOOR: floor,
  FLR: floor,
  CITY: { name: { 'en-CA': 'City', 'fr-CA': 'Ville' }, path: 'address.city' },
  STATE: province,
  PROV: province,
  ZIP: postalCode,
  'ZIP CODE': postalCode,
  PC: postalCode,
  // Dates and times.
  DDD: {
    name: { 'en-CA': 'Requested port date', 'fr-CA': 'Date de transfert demandée' },
    path: 'schedule.date',
  },
  DD: { name: { 'en-CA': 'Port date', 'fr-CA': 'Date du transfert' }, path: 'schedule.date' },
  DDT: {
    name: { 'en-CA': 'Requested port time', 'fr-CA': 'Heure de transfert demandée' },
    path: 'schedule.time',
  },
  // Numbers.
  TN: { name: { 'en-CA': 'Telephone number', 'fr-CA': 'Numéro de téléphone' }, path: 'numbers.toPort' },
  'PORTED #': numbersToPort,
  'PORTED NBR': numbersToPort,
  NPT: { name: { 'en-CA': 'Kind of port', 'fr-CA': 'Type de transfert' }, path: 'numbers.toPort' },
  'DISC #': numbersToDisconnect,
  'DISC NBR': numbersToDisconnect,
  // Authorization and contacts.
  AUTHNM: authorizedBy,
  AUTH: authorizedBy,
  'AUTH NM': authorizedBy,
  AGAUTH: {
    name: { 'en-CA': 'Letter of authorization', 'fr-CA': 'Lettre d’autorisation' },
    path: 'attachments.letterOfAuthorization',
  },
  DATED: {
    name: { 'en-CA': 'Date of the authorization', 'fr-CA': 'Date de l’autorisation' },
    path: 'attachments.letterOfAuthorization',
  },
  INIT: {
    name: { 'en-CA': 'Who sent the request', 'fr-CA': 'Personne qui a envoyé la demande' },
    path: 'contacts.submitterFirstName',
  },
  TELNO: submitterPhone,
  'TEL NO': submitterPhone,
  EMAIL: { name: { 'en-CA': 'Email address', 'fr-CA': 'Adresse courriel' }, path: 'contacts.email' },
  // Carriers.
  CCNA: losingProvider,
  OLSP: losingProvider,
  NNSP: {
    name: { 'en-CA': 'New provider', 'fr-CA': 'Nouveau fournisseur' },
    path: 'losingCarrier.providerId',
  },
  // Parts of the request the carrier fills in itself: explained, but nothing for the dealer to edit.
  PON: { name: { 'en-CA': 'Order number', 'fr-CA': 'Numéro de commande' }, path: null },
  LSRNO: {
    name: { 'en-CA': 'Carrier’s request number', 'fr-CA': 'Numéro de demande du fournisseur' },
    path: null,
  },
  REQTYP: { name: { 'en-CA': 'Kind of request', 'fr-CA': 'Type de demande' }, path: null },
};

/** ' sasn ' → 'SASN', 'eu   name' → 'EU NAME': how the table's keys are written. */
export function normalizeAbbreviation(abbreviation: string): string {
  return abbreviation.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** The table's entry for an abbreviation as the carrier wrote it, or null when it is not in the table. */
export function lsrField(abbreviation: string | undefined): LsrField | null {
  if (!abbreviation?.trim()) return null;
  const normalized = normalizeAbbreviation(abbreviation);
  // 'SASN:' or 'ZIP.' as some carriers punctuate it: the letters, spaces and '#' alone.
  return lsrFields[normalized] ?? lsrFields[normalized.replace(/[^A-Z# ]/g, '').trim()] ?? null;
}
