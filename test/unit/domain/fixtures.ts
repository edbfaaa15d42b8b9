// Ready drafts, one per catalogue entry, for unit, golden and integration tests.
// Each has at least one attachment; `files` holds the attachment contents by sha256.
import { createHash } from 'node:crypto';
import type { AttachmentContent } from '../../../src-main/shared/domain/build-request';
import {
  catalogueEntryById,
  type CatalogueEntryId,
  type DraftKind,
} from '../../../src-main/shared/domain/catalogue';
import type { AttachmentRef, DraftData } from '../../../src-main/shared/domain/draft';

export interface FixtureDraft {
  id: string;
  kind: DraftKind;
  data: DraftData;
  files: Map<string, AttachmentContent>;
}

/** A fixed "today" (Eastern) that the fixtures' port dates are after. */
export const fixtureToday = '2026-01-15';

export function attachment(
  name: string,
  mimeType: string,
  text: string,
): { ref: AttachmentRef; file: AttachmentContent } {
  const content = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return { ref: { sha256, name, mimeType, size: content.length }, file: { name, mimeType, content } };
}

function portFormData(numbers: string[]): DraftData {
  return {
    customer: { name: 'Boulangerie Chez Marie inc.', accountNumber: '4815-1623' },
    address: {
      streetNumber: '1234',
      streetName: 'Saint-Denis',
      streetType: 'RUE',
      city: 'Montréal',
      province: 'QC',
      postalCode: 'h2x 3k2',
      country: 'ca',
    },
    losingCarrier: { providerId: 12, reseller: '' },
    numbers: { toPort: [...numbers] },
    schedule: { date: '2026-03-04', time: '' },
    contacts: {
      email: 'portage@example.ca',
      additionalEmails: ['', 'technique@example.ca'],
      submitterFirstName: 'Marie',
      submitterLastName: 'Tremblay',
      submitterPhone: '(514) 555-0142',
    },
    comments: { losingCarrier: '', portTeam: 'Merci!' },
    options: { contactMeBlif: true },
    extraDetails: [{ key: 'Store', value: '12' }],
  };
}

const regularNumbers = ['(514) 555-0100', '514.555.0101'];
const tollFreeNumbers = ['1-800-555-0199', '+1 888 555 0123'];

export function readyDraftFor(entryId: CatalogueEntryId): FixtureDraft {
  const entry = catalogueEntryById(entryId);
  const tollFree = entry.nature === 'tollFree';
  const numbers = tollFree ? tollFreeNumbers : regularNumbers;
  const data = portFormData(numbers);
  const loa = attachment('lettre-autorisation.pdf', 'application/pdf', `%PDF-1.4 LOA for ${entryId}`);
  const invoice = attachment('facture.pdf', 'application/pdf', 'invoice');
  const respOrg = attachment('resporg.pdf', 'application/pdf', `RespOrg form for ${entryId}`);
  data.attachments = tollFree
    ? { lastInvoice: [invoice.ref], respOrgForm: [respOrg.ref] }
    : { letterOfAuthorization: [loa.ref], lastInvoice: [invoice.ref] };
  const files = new Map<string, AttachmentContent>(
    (tollFree ? [invoice, respOrg] : [loa, invoice]).map(({ ref, file }) => [ref.sha256, file]),
  );
  const offering = (offeringId: string, offeringType: 1 | 2 | 3 | 4 | 5 | 6 | 7) => ({
    offeringId,
    offeringType,
  });
  const [first = '', second = ''] = numbers;

  switch (entryId) {
    case 'dids':
    case 'tollFreeDids':
      data.target = { pilotNumber: '613-555-0100', trunkLabel: 'Main trunk' };
      // A PRI that goes away with the port: the explicit No is sent as false (the toll-free form has no PRI).
      if (entryId === 'dids') {
        data.options = {
          ...data.options,
          isPriMegaLink: true,
          priMegalinkCircuit: 'MGL-44712',
          priMegalinkRemainActive: false,
        };
      }
      data.service = {
        dids: [
          { number: first, label: 'Reception', additionalLabel: '', surecall: '', translatedNumber: '' },
          { number: second, label: '', translatedNumber: '6135550150' },
        ],
      };
      break;
    case 'generalProduct':
      data.target = offering('OFF-GEN-1', 1);
      break;
    case 'generalChildProduct':
      data.target = { ...offering('OFF-CHILD-2', 2), parentSubscriptionId: 'SUB-778' };
      break;
    case 'residentialLine':
      data.service = {
        lines: [
          {
            number: first,
            account: '100200',
            planId: 'RES-BASIC',
            locale: 5,
            enabled: true,
            callerName: 'Marie',
          },
          { number: second, account: '100200', planId: 'RES-BASIC', locale: 2, secondLocale: 5 },
        ],
      };
      data.target = offering('OFF-RES', 3);
      break;
    case 'businessLine':
      data.service = {
        lines: [
          {
            number: first,
            account: '300400',
            planId: 'BUS-PRO',
            locale: 2,
            businessGroupId: 'BG-9',
            extension: '201',
          },
          {
            number: second,
            account: '300400',
            planId: 'BUS-PRO',
            locale: 5,
            businessGroupId: 'BG-9',
            enabled: false,
          },
        ],
      };
      data.target = offering('OFF-BUS', 4);
      break;
    case 'permanentCallForward':
    case 'tollFreePermanentCallForward':
      data.service = {
        forwards: [
          {
            number: first,
            account: '500600',
            planId: 'PCF',
            callForwardingNumber: '613 555 0177',
            label: 'Sales',
          },
          {
            number: second,
            account: '500600',
            planId: 'PCF',
            callForwardingNumber: '6135550178',
            provisioningInstructions: 'Forward after hours only',
          },
        ],
      };
      data.target = offering('OFF-PCF', 5);
      break;
    case 'businessPermanentCallForward':
      data.target = { ...offering('OFF-BPCF', 6), businessGroupSubscriptionId: 'BGS-42' };
      data.service = {
        forwardingInstructions: [
          { number: first, forwardTo: '613-555-0190' },
          { number: second, forwardTo: '613-555-0191' },
        ],
      };
      break;
    case 'virtualFax':
      data.target = offering('OFF-FAX', 7);
      data.service = { faxEmail: 'fax@example.ca' };
      break;
  }
  return { id: `fixture-${entryId}`, kind: entry.kind, data, files };
}

/** The value, which a test knows is there (fails the test loudly if not). */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('Expected a value in the fixture');
  return value;
}
