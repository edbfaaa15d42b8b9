// What a signed document prints from the draft, as plain values: the customer of record (name, service
// address, account number), the losing carrier, and the numbers. A signature keeps these values as they were
// when it was signed; comparing them with the draft now is how a signed letter is found out of date
// (freshness.ts). The layout of the PDF (src-main/paperwork) prints exactly these, so what is compared
// is what the customer signed.
import type { DraftData } from '../draft';
import { normalizeNumber } from '../numbers';

/** The two documents Portage prepares, named by the attachment slot each one fills. */
export const paperKinds = ['letterOfAuthorization', 'respOrgForm'] as const;
export type PaperKind = (typeof paperKinds)[number];

export interface PrintedFields {
  customerName: string;
  accountNumber: string;
  /** The service address, line by line, as typed. */
  serviceAddress: string[];
  /** The losing carrier as the draft names it: a provider from the carrier's list, or a reseller. */
  losingCarrier: { providerId: number | null; reseller: string };
  /** Ten-digit numbers where they parse, else as typed; in the draft's order. */
  numbersToPort: string[];
  numbersToRemain: string[];
  numbersToDisconnect: string[];
}

export type PrintedField = keyof PrintedFields;

/** The fields each document prints: the RespOrg form names the customer and the toll-free numbers only. */
export const fieldsPrintedOn: Readonly<Record<PaperKind, readonly PrintedField[]>> = {
  letterOfAuthorization: [
    'customerName',
    'accountNumber',
    'serviceAddress',
    'losingCarrier',
    'numbersToPort',
    'numbersToRemain',
    'numbersToDisconnect',
  ],
  respOrgForm: ['customerName', 'serviceAddress', 'numbersToPort'],
};

function numbersOf(list: readonly string[] | undefined): string[] {
  return (list ?? [])
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => normalizeNumber(entry) ?? entry);
}

const joined = (parts: readonly (string | undefined)[], separator = ' '): string =>
  parts
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(separator);

/** The service address as printed: street, unit and floor, then city, province and postal code, then country. */
export function serviceAddressLines(data: DraftData): string[] {
  const address = data.address ?? {};
  const street = joined([
    address.streetNumber,
    address.streetName,
    address.streetType,
    address.streetDirection,
    address.streetSuffix,
  ]);
  const unit = joined([address.unit, address.floor], ', ');
  const place = joined([joined([address.city, address.province], ', '), address.postalCode]);
  return [street, unit, place, joined([address.country])].filter((line) => line !== '');
}

/** The values a document prints from this draft. Text is kept exactly as typed (trimmed of outer spaces). */
export function printedFieldsOf(data: DraftData): PrintedFields {
  return {
    customerName: (data.customer?.name ?? '').trim(),
    accountNumber: (data.customer?.accountNumber ?? '').trim(),
    serviceAddress: serviceAddressLines(data),
    losingCarrier: {
      providerId: data.losingCarrier?.providerId ?? null,
      reseller: (data.losingCarrier?.reseller ?? '').trim(),
    },
    numbersToPort: numbersOf(data.numbers?.toPort),
    numbersToRemain: numbersOf(data.numbers?.toRemain),
    numbersToDisconnect: numbersOf(data.numbers?.toDisconnect),
  };
}

/** The fields printed on `document` whose values differ between what was signed and the draft now. */
export function changedFields(
  document: PaperKind,
  signed: PrintedFields,
  now: PrintedFields,
): PrintedField[] {
  return fieldsPrintedOn[document].filter(
    (field) => JSON.stringify(signed[field]) !== JSON.stringify(now[field]),
  );
}
