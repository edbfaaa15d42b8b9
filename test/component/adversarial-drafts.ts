// Drafts built to make the ready rules say everything they can, for every kind: empty, rows with
// nothing in them, every field blank, every field invalid, every field over its length cap, documents
// a form cannot carry, lists over their caps. Used by the acceptance test "no field the rules can
// report without a control" (field-controls.test.ts).
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type { AttachmentRef, DraftData } from '../../src-main/shared/domain/draft';
import { textCaps } from '../../src-main/shared/domain/field-caps';

const sha = (n: number) => n.toString(16).padStart(64, '0');
const regular = ['613 555 0123', '613 555 0124'];
const tollFree = ['1 800 555 0199', '1 888 555 0123'];

/** A value one character over the field's cap. */
function over(pattern: keyof typeof textCaps): string {
  return 'x'.repeat(textCaps[pattern] + 1);
}

function badFiles(): AttachmentRef[] {
  return [
    { sha256: sha(1), name: ' ', mimeType: '', size: 0 },
    { sha256: sha(2), name: `${'n'.repeat(300)}.pdf`, mimeType: 'application/pdf', size: 10 },
  ];
}

/** Every field of the port form with something wrong in it. */
function invalidForm(numbers: string[]): DraftData {
  return {
    customer: { name: ' ', accountNumber: over('customer.accountNumber') },
    address: {
      streetNumber: '',
      streetName: over('address.streetName'),
      streetType: over('address.streetType'),
      streetDirection: over('address.streetDirection'),
      streetSuffix: over('address.streetSuffix'),
      unit: over('address.unit'),
      floor: over('address.floor'),
      city: over('address.city'),
      province: 'Québec',
      postalCode: 'K1Y 2Z8 x',
      country: 'FR',
    },
    losingCarrier: { providerId: 999, reseller: over('losingCarrier.reseller'), providerNotMandatory: false },
    numbers: {
      toPort: [...numbers, numbers[0] ?? '', 'not a number', over('numbers.toPort.*')],
      toRemain: ['613 555 0123', 'abc', over('numbers.toRemain.*')],
      toDisconnect: ['abc', numbers[1] ?? '', over('numbers.toDisconnect.*')],
      changePilotNumber: false,
      newPilotNumber: '555',
    },
    schedule: { date: '2020-02-30', time: '25:99' },
    contacts: {
      email: 'not an email',
      additionalEmails: ['x@', over('contacts.additionalEmails.*'), ...Array<string>(20).fill('a@b.ca')],
      submitterFirstName: over('contacts.submitterFirstName'),
      submitterLastName: over('contacts.submitterLastName'),
      submitterPhone: '12',
    },
    comments: { losingCarrier: over('comments.losingCarrier'), portTeam: over('comments.portTeam') },
    options: { isPriMegaLink: true, priMegalinkCircuit: over('options.priMegalinkCircuit') },
    extraDetails: [
      { key: '', value: 'a value without a name' },
      { key: over('extraDetails.*.key'), value: over('extraDetails.*.value') },
      ...Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: 'v' })),
    ],
    attachments: {
      letterOfAuthorization: badFiles(),
      lastInvoice: badFiles(),
      blifSpreadsheet: badFiles(),
      respOrgForm: badFiles(),
    },
  };
}

/** The kind's own section, every field invalid or over its cap; rows for the numbers and stray ones. */
function invalidService(kind: DraftKind, numbers: string[]): DraftData {
  const [first = '', second = ''] = numbers;
  const strays = ['613 555 0999', 'not a number', ''];
  switch (kind) {
    case 'sipTrunkDids':
      return {
        target: { pilotNumber: 'abc' },
        service: {
          dids: [first, second, ...strays].map((number) => ({
            number,
            label: over('service.dids.*.label'),
            additionalLabel: over('service.dids.*.additionalLabel'),
            surecall: '555',
            translatedNumber: over('service.dids.*.translatedNumber'),
          })),
        },
      };
    case 'residentialLine':
    case 'businessLine':
      return {
        target: { offeringId: 'OFF', offeringType: kind === 'businessLine' ? 4 : 3 },
        service: {
          lines: [first, second, ...strays].map((number) => ({
            number,
            account: 'abc',
            planId: ' ',
            locale: null,
            secondLocale: null,
            label: over('service.lines.*.label'),
            callerName: over('service.lines.*.callerName'),
            callerId: '555',
            email: 'nope',
            callForwardingNumber: '12',
            callForwardingDelay: '99999999999',
            businessGroupId: '',
            extension: 'x1',
            rateCenterName: over('service.lines.*.rateCenterName'),
          })),
        },
      };
    case 'permanentCallForward':
      return {
        target: { offeringId: 'OFF', offeringType: 5 },
        service: {
          forwards: [first, second, ...strays].map((number) => ({
            number,
            account: '99999999999999999999',
            planId: '',
            callForwardingNumber: 'abc',
            label: over('service.forwards.*.label'),
            additionalLabel: over('service.forwards.*.additionalLabel'),
            rateCenterName: over('service.forwards.*.rateCenterName'),
            provisioningInstructions: over('service.forwards.*.provisioningInstructions'),
          })),
        },
      };
    case 'businessPermanentCallForward':
      return {
        target: {
          offeringId: '',
          offeringType: 1,
          businessGroupSubscriptionId: over('target.businessGroupSubscriptionId'),
        },
        service: {
          forwardingInstructions: [first, second, ...strays].map((number) => ({ number, forwardTo: '12' })),
        },
      };
    case 'generalProduct':
      return { target: { offeringId: over('target.offeringId'), offeringType: 7 } };
    case 'generalChildProduct':
      return { target: { offeringId: '', parentSubscriptionId: over('target.parentSubscriptionId') } };
    case 'virtualFax':
      return { target: { offeringId: ' ' }, service: { faxEmail: 'fax@' } };
  }
}

/** Rows that are there but hold nothing (the numbers to port still listed), or rows with no number. */
function emptyRows(kind: DraftKind, numbers: string[]): DraftData {
  const rows = [...numbers.map((number) => ({ number })), {}, { number: '' }];
  return {
    numbers: { toPort: numbers },
    service:
      kind === 'sipTrunkDids'
        ? { dids: rows }
        : kind === 'residentialLine' || kind === 'businessLine'
          ? { lines: rows }
          : kind === 'permanentCallForward'
            ? { forwards: rows }
            : kind === 'businessPermanentCallForward'
              ? { forwardingInstructions: rows }
              : { faxEmail: '' },
  };
}

export interface AdversarialDraft {
  name: string;
  data: DraftData;
}

export function adversarialDrafts(kind: DraftKind): AdversarialDraft[] {
  const drafts: AdversarialDraft[] = [
    { name: 'empty', data: {} },
    { name: 'empty rows', data: emptyRows(kind, regular) },
    { name: 'no rows at all', data: { numbers: { toPort: regular }, service: {} } },
    {
      name: 'every field blank',
      data: {
        customer: { name: '', accountNumber: '' },
        address: { country: '', province: '', postalCode: '' },
        losingCarrier: { providerId: null, reseller: '' },
        numbers: { toPort: [''], changePilotNumber: true, newPilotNumber: '' },
        contacts: { email: '', additionalEmails: [''] },
        extraDetails: [{ key: '', value: '' }],
        ...emptyRows(kind, []),
      },
    },
    {
      name: 'every field invalid (regular)',
      data: { ...invalidForm(regular), ...invalidService(kind, regular) },
    },
    {
      name: 'every field invalid (toll-free)',
      data: { ...invalidForm(tollFree), ...invalidService(kind, tollFree) },
    },
    {
      name: 'mixed numbers, US address',
      data: {
        numbers: { toPort: [...regular, ...tollFree], toRemain: ['613 555 0150'] },
        address: { country: 'US', province: 'QC', postalCode: 'H2X 3K2' },
        schedule: { date: '2000-01-01' },
      },
    },
    {
      name: 'Canadian postal code from another province, a date too soon',
      data: {
        numbers: { toPort: regular, changePilotNumber: true, newPilotNumber: '613 555 0777', toRemain: [] },
        address: { country: 'CA', province: 'ON', postalCode: 'H2X 3K2' },
        schedule: { date: '2099-01-01', time: '14:30' },
        options: { isPriMegaLink: true, priMegalinkCircuit: '' },
      },
    },
  ];
  return drafts;
}
