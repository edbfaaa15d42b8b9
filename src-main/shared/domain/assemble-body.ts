// Turns draft data into the request body of a catalogue entry, remembering which draft field each
// part of the body came from so contract failures can be shown on the right field.
// Lenient by design: a value that cannot be converted is left out and reported by the rules.
import type { CatalogueEntry } from './catalogue';
import { NumberPortOrderFormV2, NumberPortTollFreeOrderFormV2 } from './contract';
import { bytesToBase64 } from './base64';
import { slotFormFields } from './document-slots';
import type { AttachmentRef, AttachmentSlot, DraftData } from './draft';
import { hasContent, integerValue, numberValue, postalCodeValue, textValue } from './draft-values';
import { pathOf } from './issue';

export interface AttachmentContent {
  name: string;
  mimeType: string;
  content: Uint8Array;
}

export interface AssembleOptions {
  customerReference: string;
  /** Attachment contents by sha256. Without it (validation), files are sent with empty contents. */
  files?: ReadonlyMap<string, AttachmentContent>;
  /**
   * What stands in a file's Base64Contents instead of its contents (build-request.ts FileStandIns):
   * the outbox freezes a request with these and writes the files in when it sends it.
   */
  placeholder?: (sha256: string) => string;
}

export interface AssembledBody {
  body: Record<string, unknown>;
  /** The draft field a body path (as zod reports it) came from; '' when it belongs to the whole draft. */
  draftPathFor(bodyPath: readonly PropertyKey[]): string;
}

type Json = Record<string, unknown>;

class Trace {
  private readonly sources = new Map<string, string>();
  set(bodyPath: string, draftPath: string): void {
    this.sources.set(bodyPath, draftPath);
  }
  lookup(bodyPath: readonly PropertyKey[]): string {
    for (let length = bodyPath.length; length >= 0; length--) {
      const found = this.sources.get(pathOf(bodyPath.slice(0, length)));
      if (found !== undefined) return found;
    }
    return '';
  }
}

/** Sets a field only when it has a value: optional empty fields are left out of the body. */
function put(target: Json, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** A list of numbers as JSON integers, each once, remembering each one's row in the draft. */
function numberList(
  values: readonly string[] | undefined,
  trace: Trace,
  bodyPath: string,
  draftPath: string,
) {
  const numbers: number[] = [];
  trace.set(bodyPath, draftPath);
  (values ?? []).forEach((value, draftIndex) => {
    const number = numberValue(value);
    if (number === undefined || numbers.includes(number)) return;
    trace.set(`${bodyPath}.${numbers.length}`, `${draftPath}.${draftIndex}`);
    numbers.push(number);
  });
  return numbers.length > 0 ? numbers : undefined;
}

function fileList(refs: readonly AttachmentRef[] | undefined, options: AssembleOptions) {
  if (!refs || refs.length === 0) return undefined;
  return refs.map((ref) => {
    const content = options.files?.get(ref.sha256);
    return {
      Base64Contents: options.placeholder
        ? options.placeholder(ref.sha256)
        : content
          ? bytesToBase64(content.content)
          : '',
      ContentType: ref.mimeType.trim(),
      FileName: ref.name.trim(),
    };
  });
}

function portForm(entry: CatalogueEntry, data: DraftData, options: AssembleOptions, trace: Trace): Json {
  const customer = data.customer ?? {};
  const address = data.address ?? {};
  const carrier = data.losingCarrier ?? {};
  const numbers = data.numbers ?? {};
  const schedule = data.schedule ?? {};
  const contacts = data.contacts ?? {};
  const comments = data.comments ?? {};
  const form: Json = {};
  const field = (key: string, value: unknown, draftPath: string) => {
    trace.set(`PortForm.${key}`, draftPath);
    put(form, key, value);
  };
  // A yes/no question: Yes is true, an explicit No is false (the carrier must not read "not answered"
  // into it), and a question the dealer left unanswered is left out.
  const flag = (key: string, value: boolean | undefined, draftPath: string) =>
    field(key, typeof value === 'boolean' ? value : undefined, draftPath);

  field('CustomerName', textValue(customer.name), 'customer.name');
  field('CustomerAccountNumber', textValue(customer.accountNumber), 'customer.accountNumber');
  field('CustomerStreetNumber', textValue(address.streetNumber), 'address.streetNumber');
  field('CustomerStreetName', textValue(address.streetName), 'address.streetName');
  field('CustomerStreetType', textValue(address.streetType), 'address.streetType');
  field('CustomerStreetDirection', textValue(address.streetDirection), 'address.streetDirection');
  field('CustomerStreetSuffix', textValue(address.streetSuffix), 'address.streetSuffix');
  field('CustomerUnit', textValue(address.unit), 'address.unit');
  field('CustomerFloor', textValue(address.floor), 'address.floor');
  field('CustomerCity', textValue(address.city), 'address.city');
  field('CustomerProvince', textValue(address.province)?.toUpperCase(), 'address.province');
  field('CustomerPostalCode', postalCodeValue(address.postalCode, address.country), 'address.postalCode');
  field('CustomerCountry', textValue(address.country)?.toUpperCase(), 'address.country');
  field('CustomerReferenceNumber', options.customerReference, '');

  field('CurrentProvider', carrier.providerId ?? undefined, 'losingCarrier.providerId');
  field('CurrentReseller', textValue(carrier.reseller), 'losingCarrier.reseller');
  flag('CurrentProviderNotMandatory', carrier.providerNotMandatory, 'losingCarrier.providerNotMandatory');

  field(
    'NumbersToPort',
    numberList(numbers.toPort, trace, 'PortForm.NumbersToPort', 'numbers.toPort'),
    'numbers.toPort',
  );
  field(
    'NumbersToRemain',
    numberList(numbers.toRemain, trace, 'PortForm.NumbersToRemain', 'numbers.toRemain'),
    'numbers.toRemain',
  );
  field(
    'NumbersToDisconnect',
    numberList(numbers.toDisconnect, trace, 'PortForm.NumbersToDisconnect', 'numbers.toDisconnect'),
    'numbers.toDisconnect',
  );
  flag('ChangePilotNumber', numbers.changePilotNumber, 'numbers.changePilotNumber');
  field('NewPilotNumber', numberValue(numbers.newPilotNumber), 'numbers.newPilotNumber');

  field('RequestedPortDate', textValue(schedule.date), 'schedule.date');
  field('RequestedPortTime', textValue(schedule.time), 'schedule.time');

  field('EmailAddress', textValue(contacts.email), 'contacts.email');
  const additional: string[] = [];
  (contacts.additionalEmails ?? []).forEach((email, draftIndex) => {
    const value = textValue(email);
    if (value === undefined) return;
    trace.set(
      `PortForm.AdditionalEmailAddresses.${additional.length}`,
      `contacts.additionalEmails.${draftIndex}`,
    );
    additional.push(value);
  });
  field(
    'AdditionalEmailAddresses',
    additional.length > 0 ? additional : undefined,
    'contacts.additionalEmails',
  );
  field('SubmitterFirstName', textValue(contacts.submitterFirstName), 'contacts.submitterFirstName');
  field('SubmitterLastName', textValue(contacts.submitterLastName), 'contacts.submitterLastName');
  field('SubmitterPhoneNumber', numberValue(contacts.submitterPhone), 'contacts.submitterPhone');

  field('CommentsLosingCarrier', textValue(comments.losingCarrier), 'comments.losingCarrier');
  field('CommentsPortTeam', textValue(comments.portTeam), 'comments.portTeam');

  const optionsData = data.options ?? {};
  flag('ContactMeBLIF', optionsData.contactMeBlif, 'options.contactMeBlif');
  flag('ContactMeScheduling', optionsData.contactMeScheduling, 'options.contactMeScheduling');
  flag('IsPRIMegaLink', optionsData.isPriMegaLink, 'options.isPriMegaLink');
  field('PRIMegalinkCircuit', textValue(optionsData.priMegalinkCircuit), 'options.priMegalinkCircuit');
  flag('PRIMegalinkRemainActive', optionsData.priMegalinkRemainActive, 'options.priMegalinkRemainActive');

  const details: Json[] = [];
  (data.extraDetails ?? []).forEach((row, draftIndex) => {
    if (!hasContent(row)) return;
    trace.set(`PortForm.ExtraDetails.${details.length}`, `extraDetails.${draftIndex}`);
    trace.set(`PortForm.ExtraDetails.${details.length}.Key`, `extraDetails.${draftIndex}.key`);
    trace.set(`PortForm.ExtraDetails.${details.length}.Value`, `extraDetails.${draftIndex}.value`);
    details.push({ Key: row.key.trim(), Value: row.value.trim() });
  });
  field('ExtraDetails', details.length > 0 ? details : undefined, 'extraDetails');

  for (const [slot, key] of Object.entries(slotFormFields) as [AttachmentSlot, string][]) {
    field(key, fileList(data.attachments?.[slot], options), `attachments.${slot}`);
  }

  // The toll-free form has fewer fields (no numbers to remain, no pilot change, no PRI, no letter of
  // authorization); the regular one has no RespOrg form. Only the form's own fields are sent.
  const allowed = Object.keys(
    entry.portForm === 'NumberPortTollFreeOrderFormV2'
      ? NumberPortTollFreeOrderFormV2.shape
      : NumberPortOrderFormV2.shape,
  );
  return Object.fromEntries(Object.entries(form).filter(([key]) => allowed.includes(key)));
}

/** Rows of a service list that have something typed, with their index in the draft. */
function rowsWithContent<T extends object>(rows: readonly T[] | undefined): { row: T; draftIndex: number }[] {
  return (rows ?? []).flatMap((row, draftIndex) => (hasContent(row) ? [{ row, draftIndex }] : []));
}

function serviceFields(
  entry: CatalogueEntry,
  data: DraftData,
  portNumbers: number[] | undefined,
  trace: Trace,
): Json {
  const target = data.target ?? {};
  const service = data.service ?? {};
  const body: Json = {};
  const field = (key: string, value: unknown, draftPath: string) => {
    trace.set(key, draftPath);
    put(body, key, value);
  };
  const list = <T extends object>(
    key: string,
    draftList: string,
    rows: readonly T[] | undefined,
    convert: (row: T, set: (key: string, value: unknown, field: string) => void) => void,
  ) => {
    trace.set(key, `service.${draftList}`);
    body[key] = rowsWithContent(rows).map(({ row, draftIndex }, bodyIndex) => {
      const item: Json = {};
      trace.set(`${key}.${bodyIndex}`, `service.${draftList}.${draftIndex}`);
      convert(row, (itemKey, value, draftField) => {
        trace.set(`${key}.${bodyIndex}.${itemKey}`, `service.${draftList}.${draftIndex}.${draftField}`);
        put(item, itemKey, value);
      });
      return item;
    });
  };
  const numberRequest = (number: string | undefined, rateCenter: string | undefined) => {
    const request: Json = {};
    put(request, 'Number', numberValue(number));
    put(request, 'RateCenterName', textValue(rateCenter));
    return request;
  };

  switch (entry.kind) {
    case 'sipTrunkDids': {
      field('PilotNumber', numberValue(target.pilotNumber), 'target.pilotNumber');
      list('DIDs', 'dids', service.dids, (did, set) => {
        set('Number', numberValue(did.number), 'number');
        set('Label', textValue(did.label), 'label');
        set('AdditionalLabel', textValue(did.additionalLabel), 'additionalLabel');
        set('Surecall', numberValue(did.surecall), 'surecall');
        set('TranslatedNumber', numberValue(did.translatedNumber), 'translatedNumber');
      });
      // With no DID rows typed, every number to port becomes a DID on the trunk, unlabelled.
      if ((body.DIDs as Json[]).length === 0) {
        body.DIDs = (portNumbers ?? []).map((Number) => ({ Number }));
        trace.set('DIDs', 'numbers.toPort');
      }
      break;
    }
    case 'generalProduct':
      field('OfferingID', textValue(target.offeringId), 'target.offeringId');
      break;
    case 'generalChildProduct':
      field('OfferingID', textValue(target.offeringId), 'target.offeringId');
      field('ParentSubscriptionID', textValue(target.parentSubscriptionId), 'target.parentSubscriptionId');
      break;
    case 'residentialLine':
    case 'businessLine': {
      const business = entry.kind === 'businessLine';
      list('Lines', 'lines', service.lines, (line, set) => {
        set('Account', integerValue(line.account), 'account');
        if (business) set('BusinessGroupID', textValue(line.businessGroupId), 'businessGroupId');
        set('CallForwardingDelay', integerValue(line.callForwardingDelay), 'callForwardingDelay');
        set('CallForwardingNumber', numberValue(line.callForwardingNumber), 'callForwardingNumber');
        set('CallerID', numberValue(line.callerId), 'callerId');
        set('CallerName', textValue(line.callerName), 'callerName');
        set('Email', textValue(line.email), 'email');
        // Residential lines must say whether they are enabled; a new line is, unless the dealer says not.
        set('Enabled', business ? line.enabled : (line.enabled ?? true), 'enabled');
        if (business) set('Extension', integerValue(line.extension), 'extension');
        set('Label', textValue(line.label), 'label');
        set('Locale', line.locale ?? undefined, 'locale');
        set('Number', numberRequest(line.number, line.rateCenterName), 'number');
        set('PlanID', textValue(line.planId), 'planId');
        // 9 is the carrier's "None": no second language unless the dealer picks one.
        set('SecondLocale', line.secondLocale ?? 9, 'secondLocale');
      });
      break;
    }
    case 'permanentCallForward':
      list('Forwards', 'forwards', service.forwards, (forward, set) => {
        set('Account', integerValue(forward.account), 'account');
        set('AdditionalLabel', textValue(forward.additionalLabel), 'additionalLabel');
        set('CallForwardingNumber', numberValue(forward.callForwardingNumber), 'callForwardingNumber');
        set('Enabled', forward.enabled ?? true, 'enabled');
        set('Label', textValue(forward.label), 'label');
        set('Number', numberRequest(forward.number, forward.rateCenterName), 'number');
        // Required by the contract but may be empty: most forwards need no special instructions.
        set(
          'PCFProvisioningInstructions',
          forward.provisioningInstructions?.trim() ?? '',
          'provisioningInstructions',
        );
        set('PlanID', textValue(forward.planId), 'planId');
      });
      break;
    case 'businessPermanentCallForward':
      field('OfferingID', textValue(target.offeringId), 'target.offeringId');
      field(
        'BusinessGroupSubscriptionID',
        textValue(target.businessGroupSubscriptionId),
        'target.businessGroupSubscriptionId',
      );
      list('ForwardingInstructions', 'forwardingInstructions', service.forwardingInstructions, (row, set) => {
        set('ForwardingTN', numberValue(row.forwardTo), 'forwardTo');
        set('TN', numberValue(row.number), 'number');
      });
      break;
    case 'virtualFax':
      field('OfferingID', textValue(target.offeringId), 'target.offeringId');
      field('FaxEmail', textValue(service.faxEmail), 'service.faxEmail');
      break;
  }
  return body;
}

/** Recursively orders object keys so one draft always gives the same bytes. */
export function withSortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, withSortedKeys((value as Json)[key])]),
    );
  }
  return value;
}

export function assembleBody(
  entry: CatalogueEntry,
  data: DraftData,
  options: AssembleOptions,
): AssembledBody {
  const trace = new Trace();
  const form = portForm(entry, data, options, trace);
  trace.set('PortForm', '');
  const body: Json = {
    ...serviceFields(entry, data, form.NumbersToPort as number[] | undefined, trace),
    PortForm: form,
  };
  return { body: withSortedKeys(body) as Json, draftPathFor: (bodyPath) => trace.lookup(bodyPath) };
}
