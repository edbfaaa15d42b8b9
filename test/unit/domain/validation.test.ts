// One failing and one passing case per readiness rule, starting from a ready fixture draft.
import { describe, expect, it } from 'vitest';
import type { CatalogueEntryId } from '../../../src-main/shared/domain/catalogue';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import type { MessageKey } from '../../../src-main/shared/domain/messages';
import {
  validateDraftShape,
  validateReady,
  type ReadyContext,
} from '../../../src-main/shared/domain/validation';
import { fixtureToday, must, readyDraftFor } from './fixtures';

type Change = (data: DraftData) => void;

function check(entryId: CatalogueEntryId, change: Change, context: Partial<ReadyContext> = {}) {
  const draft = readyDraftFor(entryId);
  change(draft.data);
  return validateReady(draft.kind, draft.data, { today: fixtureToday, ...context });
}

function expectError(entryId: CatalogueEntryId, change: Change, path: string, key: MessageKey, context = {}) {
  const result = check(entryId, change, context);
  expect(result.errors).toContainEqual(expect.objectContaining({ path, key }));
}

function expectWarning(
  entryId: CatalogueEntryId,
  change: Change,
  path: string,
  key: MessageKey,
  context = {},
) {
  const result = check(entryId, change, context);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toContainEqual(expect.objectContaining({ path, key }));
}

function expectClean(entryId: CatalogueEntryId, change: Change, context = {}) {
  const result = check(entryId, change, context);
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
}

describe('validateDraftShape', () => {
  it('accepts a fixture draft and an empty one', () => {
    expect(validateDraftShape(readyDraftFor('dids').data).ok).toBe(true);
    expect(validateDraftShape({}).ok).toBe(true);
  });

  it('addresses shape issues to field paths', () => {
    const result = validateDraftShape({ customer: { name: 12 }, numbers: { toPort: ['1', 2] }, extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'customer.name', key: 'shape.wrongType' },
        { path: 'numbers.toPort.1', key: 'shape.wrongType' },
        { path: 'extra', key: 'shape.unknownField' },
      ]),
    );
  });

  it('refuses something that is not an object', () => {
    expect(validateDraftShape('draft')).toEqual({
      ok: false,
      issues: [{ path: '', key: 'shape.wrongType' }],
    });
  });
});

describe('numbers', () => {
  it('needs at least one number to port', () => {
    expectError(
      'generalProduct',
      (d) => (d.numbers = { toPort: ['  '] }),
      'numbers.toPort',
      'validation.numbers.noneToPort',
    );
  });

  it('reports an invalid number on its own row', () => {
    expectError(
      'generalProduct',
      (d) => d.numbers?.toPort?.push('613 555'),
      'numbers.toPort.2',
      'number.wrongLength',
    );
  });

  it('never mixes toll-free and regular numbers, and says two requests are needed', () => {
    const result = check('generalProduct', (d) => d.numbers?.toPort?.push('1-800-555-0199'));
    expect(result.entry).toBeNull();
    expect(result.errors).toContainEqual({ path: 'numbers.toPort', key: 'validation.numbers.mixed' });
  });

  it('refuses toll-free numbers for a kind without a toll-free operation', () => {
    const result = check('virtualFax', (d) => (d.numbers = { toPort: ['1-800-555-0199'] }));
    expect(result.entry).toBeNull();
    expect(result.errors).toContainEqual({
      path: 'numbers.toPort',
      key: 'validation.numbers.tollFreeNotOffered',
      params: { kind: 'virtualFax' },
    });
  });

  it('picks the toll-free operation for toll-free numbers', () => {
    expect(check('tollFreeDids', () => undefined).entry?.path).toBe('/v2/NumberPorts/Inbound/TollFree/DIDs');
  });

  it('warns about a duplicate', () => {
    expectWarning(
      'generalProduct',
      (d) => d.numbers?.toPort?.push('5145550100'),
      'numbers.toPort.2',
      'validation.numbers.duplicate',
    );
  });

  it('warns when an NPA-NXX is not in the cached portable list, and not when it is', () => {
    expectWarning(
      'generalProduct',
      () => undefined,
      'numbers.toPort.0',
      'validation.numbers.npanxxNotPortable',
      {
        npanxx: [613555],
      },
    );
    expectClean('generalProduct', () => undefined, { npanxx: [514555] });
  });

  it('warns when a number to remain is also to port', () => {
    expectWarning(
      'generalProduct',
      (d) => (must(d.numbers).toRemain = ['514-555-0100']),
      'numbers.toRemain.0',
      'validation.numbers.alsoToPort',
    );
    expectClean('generalProduct', (d) => (must(d.numbers).toRemain = ['514-555-0199']));
  });

  it('sends a new pilot number only with a pilot change, and only one that remains', () => {
    expectError(
      'dids',
      (d) => (must(d.numbers).newPilotNumber = '514-555-0199'),
      'numbers.newPilotNumber',
      'validation.pilot.newWithoutChange',
    );
    expectError(
      'dids',
      (d) => (must(d.numbers).changePilotNumber = true),
      'numbers.newPilotNumber',
      'validation.pilot.newRequired',
    );
    expectError(
      'dids',
      (d) => Object.assign(must(d.numbers), { changePilotNumber: true, newPilotNumber: '514-555-0199' }),
      'numbers.newPilotNumber',
      'validation.pilot.newNotRemaining',
    );
    expectClean('dids', (d) =>
      Object.assign(must(d.numbers), {
        changePilotNumber: true,
        newPilotNumber: '514-555-0199',
        toRemain: ['5145550199'],
      }),
    );
  });

  it('warns that toll-free requests do not carry numbers to remain', () => {
    expectWarning(
      'tollFreeDids',
      (d) => (must(d.numbers).toRemain = ['514-555-0199']),
      'numbers.toRemain',
      'validation.notSent.tollFree',
    );
  });
});

describe('customer and address', () => {
  it.each([
    ['customer.name', (d: DraftData) => (must(d.customer).name = ' ')],
    ['customer.accountNumber', (d: DraftData) => delete must(d.customer).accountNumber],
    ['address.streetNumber', (d: DraftData) => (must(d.address).streetNumber = '')],
    ['address.streetName', (d: DraftData) => (must(d.address).streetName = '')],
    ['address.city', (d: DraftData) => (must(d.address).city = '')],
    ['address.province', (d: DraftData) => (must(d.address).province = '')],
    ['address.postalCode', (d: DraftData) => (must(d.address).postalCode = '')],
    ['address.country', (d: DraftData) => (must(d.address).country = '')],
    ['contacts.email', (d: DraftData) => (must(d.contacts).email = '')],
  ])('requires %s', (path, change) => {
    expectError('generalProduct', change, path, 'validation.required');
  });

  it('accepts only CA or US', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.address).country = 'FR'),
      'address.country',
      'validation.address.countryUnsupported',
    );
  });

  it('matches the postal code to the country', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.address).postalCode = '12345'),
      'address.postalCode',
      'validation.address.postalCodeCanada',
    );
    expectError(
      'generalProduct',
      (d) => Object.assign(must(d.address), { country: 'US', postalCode: 'H2X 3K2' }),
      'address.postalCode',
      'validation.address.zipCodeUs',
    );
    expectClean('generalProduct', (d) =>
      Object.assign(must(d.address), { country: 'US', province: 'NY', postalCode: '12345-6789' }),
    );
    expectClean('generalProduct', (d) => (must(d.address).postalCode = 'H2X3K2'));
  });

  it('checks email addresses', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.contacts).email = 'marie.example.ca'),
      'contacts.email',
      'validation.email',
    );
    expectError(
      'generalProduct',
      (d) => (must(d.contacts).additionalEmails = ['x@']),
      'contacts.additionalEmails.0',
      'validation.email',
    );
  });
});

describe('losing carrier', () => {
  it('needs a provider or a reseller', () => {
    expectError(
      'generalProduct',
      (d) => (d.losingCarrier = {}),
      'losingCarrier.providerId',
      'validation.losingCarrier.required',
    );
    expectClean(
      'generalProduct',
      (d) => (d.losingCarrier = { providerId: null, reseller: 'Revendeur inc.' }),
    );
  });

  it('needs a provider from the cached list when there is one', () => {
    expectError(
      'generalProduct',
      () => undefined,
      'losingCarrier.providerId',
      'validation.losingCarrier.unknownProvider',
      {
        providers: [{ ID: 3 }],
      },
    );
    expectClean('generalProduct', () => undefined, { providers: [{ ID: 12 }] });
  });
});

describe('schedule', () => {
  it('needs YYYY-MM-DD and a real date', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.schedule).date = '04/03/2026'),
      'schedule.date',
      'validation.schedule.dateFormat',
    );
    expectError(
      'generalProduct',
      (d) => (must(d.schedule).date = '2026-02-30'),
      'schedule.date',
      'validation.schedule.dateFormat',
    );
  });

  it('refuses a date in the past but accepts today and no date', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.schedule).date = '2026-01-14'),
      'schedule.date',
      'validation.schedule.datePast',
    );
    // Today is allowed, though sooner than the carrier's usual notice (a warning).
    expectWarning(
      'generalProduct',
      (d) => (must(d.schedule).date = fixtureToday),
      'schedule.date',
      'validation.schedule.tooSoon',
    );
    expectClean('generalProduct', (d) => (d.schedule = {}));
  });

  it('warns about a weekend or a carrier holiday', () => {
    expectWarning(
      'generalProduct',
      (d) => (must(d.schedule).date = '2026-03-07'),
      'schedule.date',
      'validation.schedule.weekend',
    );
    expectWarning('generalProduct', () => undefined, 'schedule.date', 'validation.schedule.holiday', {
      holidays: [{ Date: '2026-03-04T00:00:00', Name: 'Test' }],
    });
  });

  it('needs HH:MM 24-hour and a date for a time, and warns of the cost', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.schedule).time = '2:30 PM'),
      'schedule.time',
      'validation.schedule.timeFormat',
    );
    expectError(
      'generalProduct',
      (d) => (d.schedule = { time: '14:30' }),
      'schedule.time',
      'validation.schedule.timeWithoutDate',
    );
    expectWarning(
      'generalProduct',
      (d) => (must(d.schedule).time = '14:30'),
      'schedule.time',
      'validation.schedule.timeMayCostExtra',
    );
  });
});

describe('attachments', () => {
  it('needs a name, a type and content', () => {
    const change = (field: 'name' | 'mimeType' | 'size', value: string | number) => (d: DraftData) => {
      const ref = must(must(must(d.attachments).lastInvoice)[0]);
      Object.assign(ref, { [field]: value });
    };
    expectError(
      'generalProduct',
      change('name', ' '),
      'attachments.lastInvoice.0',
      'validation.attachment.noName',
    );
    expectError(
      'generalProduct',
      change('mimeType', ''),
      'attachments.lastInvoice.0',
      'validation.attachment.noType',
    );
    expectError(
      'generalProduct',
      change('size', 0),
      'attachments.lastInvoice.0',
      'validation.attachment.empty',
    );
  });

  it('warns when there is no letter of authorization (regular) or RespOrg form (toll-free)', () => {
    expectWarning(
      'generalProduct',
      (d) => delete must(d.attachments).letterOfAuthorization,
      'attachments.letterOfAuthorization',
      'validation.attachment.noLetterOfAuthorization',
    );
    expectWarning(
      'tollFreeDids',
      (d) => delete must(d.attachments).respOrgForm,
      'attachments.respOrgForm',
      'validation.attachment.noRespOrgForm',
    );
  });
});

describe('service of each kind', () => {
  it('needs a valid pilot number for DIDs', () => {
    expectError(
      'dids',
      (d) => (must(d.target).pilotNumber = ''),
      'target.pilotNumber',
      'validation.required',
    );
    expectError(
      'dids',
      (d) => (must(d.target).pilotNumber = '555'),
      'target.pilotNumber',
      'number.wrongLength',
    );
  });

  it('makes every number a DID when no DID rows are typed', () => {
    expectClean('dids', (d) => (d.service = {}));
  });

  it('warns when a DID is not among the numbers to port, and when a number has no DID', () => {
    const result = check('dids', (d) => (must(must(must(d.service).dids)[1]).number = '514-555-0177'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'service.dids.1.number', key: 'validation.service.numberNotPorted' }),
        expect.objectContaining({ path: 'numbers.toPort.1', key: 'validation.numbers.noServiceRow' }),
      ]),
    );
  });

  it('needs the offering for new services, and the parent subscription for child products', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.target).offeringId = ''),
      'target.offeringId',
      'validation.required',
    );
    expectError(
      'generalChildProduct',
      (d) => (must(d.target).parentSubscriptionId = ''),
      'target.parentSubscriptionId',
      'validation.required',
    );
    expectError(
      'businessPermanentCallForward',
      (d) => (must(d.target).businessGroupSubscriptionId = ''),
      'target.businessGroupSubscriptionId',
      'validation.required',
    );
  });

  it('refuses an offering of another type', () => {
    expectError(
      'generalProduct',
      (d) => (must(d.target).offeringType = 7),
      'target.offeringId',
      'validation.target.offeringKindMismatch',
    );
  });

  it('needs the lines’ account, plan and locale', () => {
    expectError(
      'residentialLine',
      (d) => (must(must(must(d.service).lines)[0]).account = 'A-100'),
      'service.lines.0.account',
      'validation.digitsOnly',
    );
    expectError(
      'residentialLine',
      (d) => (must(must(must(d.service).lines)[0]).planId = ''),
      'service.lines.0.planId',
      'validation.required',
    );
    expectError(
      'residentialLine',
      (d) => (must(must(must(d.service).lines)[1]).locale = null),
      'service.lines.1.locale',
      'validation.required',
    );
    expectError(
      'businessLine',
      (d) => (must(must(must(d.service).lines)[0]).businessGroupId = ''),
      'service.lines.0.businessGroupId',
      'validation.required',
    );
    expectError(
      'businessLine',
      (d) => (must(must(must(d.service).lines)[0]).extension = '99999999999'),
      'service.lines.0.extension',
      'validation.outOfRange',
    );
    expectError(
      'residentialLine',
      (d) => (must(d.service).lines = []),
      'service.lines',
      'validation.service.noRows',
    );
  });

  it('needs each forward’s account, plan and forwarding number', () => {
    expectError(
      'permanentCallForward',
      (d) => (must(must(must(d.service).forwards)[0]).callForwardingNumber = ''),
      'service.forwards.0.callForwardingNumber',
      'validation.required',
    );
    expectError(
      'permanentCallForward',
      (d) => (must(must(must(d.service).forwards)[1]).account = ''),
      'service.forwards.1.account',
      'validation.required',
    );
    expectError(
      'businessPermanentCallForward',
      (d) => (must(must(must(d.service).forwardingInstructions)[0]).forwardTo = 'x'),
      'service.forwardingInstructions.0.forwardTo',
      'number.notANumber',
    );
  });

  it('needs a valid fax email', () => {
    expectError(
      'virtualFax',
      (d) => (must(d.service).faxEmail = ''),
      'service.faxEmail',
      'validation.required',
    );
    expectError(
      'virtualFax',
      (d) => (must(d.service).faxEmail = 'fax'),
      'service.faxEmail',
      'validation.email',
    );
  });
});

describe('contract check', () => {
  it('reports a value the contract would refuse on the draft field', () => {
    // A contact list entry with a number the schema cannot carry: the submitter phone is checked by a rule.
    expectError(
      'generalProduct',
      (d) => (must(d.contacts).submitterPhone = '555'),
      'contacts.submitterPhone',
      'number.wrongLength',
    );
  });
});
