// The one registry of the draft's fields as the dealer reads them: for each field path (with `*` for a
// row or an entry), its section, its label and its hint. The editor's controls take their label and
// hint from here, and the review names each problem with it ("Service details › Line (613) 555-0177 ›
// ThinkTel account"), so both always say the same thing. Every path the ready rules can report has an
// entry (test/component/field-controls.test.ts checks it for every kind).
import type { AttachmentSlot, DraftData } from '../../src-main/shared/domain/draft';
import { attachmentSlots } from '../../src-main/shared/domain/draft';
import { pathPattern } from '../../src-main/shared/domain/field-caps';
import { formatNumber } from '../../src-main/shared/domain/numbers';
import { i18n, t, type MessageKey } from '../i18n/i18n.svelte';

export type SectionKey =
  | 'section.customer'
  | 'section.address'
  | 'section.losingCarrier'
  | 'section.numbers'
  | 'section.service'
  | 'section.schedule'
  | 'section.contacts'
  | 'section.comments'
  | 'section.options'
  | 'section.extra'
  | 'section.attachments';

export type RowList = 'dids' | 'lines' | 'forwards' | 'forwardingInstructions';

export interface FieldInfo {
  section: SectionKey;
  label: MessageKey;
  hint?: MessageKey;
}

const field = (section: SectionKey, label: MessageKey, hint?: MessageKey): FieldInfo =>
  hint ? { section, label, hint } : { section, label };

const customer = (label: MessageKey) => field('section.customer', label);
const address = (label: MessageKey, hint?: MessageKey) => field('section.address', label, hint);
const service = (label: MessageKey, hint?: MessageKey) => field('section.service', label, hint);
const options = (label: MessageKey, hint: MessageKey) => field('section.options', label, hint);

const registry: Readonly<Record<string, FieldInfo>> = {
  'customer.name': customer('field.customer.name'),
  'customer.accountNumber': customer('field.customer.accountNumber'),
  'address.streetNumber': address('field.address.streetNumber'),
  'address.streetName': address('field.address.streetName'),
  'address.streetType': address('field.address.streetType'),
  'address.streetDirection': address('field.address.streetDirection'),
  'address.streetSuffix': address('field.address.streetSuffix'),
  'address.unit': address('field.address.unit'),
  'address.floor': address('field.address.floor'),
  'address.city': address('field.address.city'),
  'address.province': address('field.address.province', 'hint.address.province'),
  'address.postalCode': address('field.address.postalCode'),
  'address.country': address('field.address.country'),
  'losingCarrier.providerId': field('section.losingCarrier', 'field.losingCarrier.provider'),
  'losingCarrier.reseller': field('section.losingCarrier', 'field.losingCarrier.reseller'),
  'losingCarrier.providerNotMandatory': field(
    'section.losingCarrier',
    'field.losingCarrier.providerNotMandatory',
    'hint.losingCarrier.providerNotMandatory',
  ),
  'numbers.toPort': field('section.numbers', 'field.numbers.toPort'),
  'numbers.toRemain': field('section.numbers', 'field.numbers.toRemain'),
  'numbers.toDisconnect': field('section.numbers', 'field.numbers.toDisconnect'),
  'numbers.changePilotNumber': field('section.numbers', 'field.numbers.changePilot'),
  'numbers.newPilotNumber': field('section.numbers', 'field.numbers.newPilot'),
  'schedule.date': field('section.schedule', 'field.schedule.date'),
  'schedule.time': field('section.schedule', 'field.schedule.time', 'schedule.costNote'),
  'contacts.email': field('section.contacts', 'field.contacts.email'),
  'contacts.additionalEmails': field('section.contacts', 'field.contacts.additionalEmails'),
  'contacts.submitterFirstName': field('section.contacts', 'field.contacts.submitterFirstName'),
  'contacts.submitterLastName': field('section.contacts', 'field.contacts.submitterLastName'),
  'contacts.submitterPhone': field('section.contacts', 'field.contacts.submitterPhone'),
  'comments.losingCarrier': field('section.comments', 'field.comments.losingCarrier'),
  'comments.portTeam': field('section.comments', 'field.comments.portTeam'),
  'options.contactMeBlif': options('field.options.contactMeBlif', 'hint.options.contactMeBlif'),
  'options.contactMeScheduling': options(
    'field.options.contactMeScheduling',
    'hint.options.contactMeScheduling',
  ),
  'options.isPriMegaLink': options('field.options.isPriMegaLink', 'hint.options.isPriMegaLink'),
  'options.priMegalinkCircuit': options(
    'field.options.priMegalinkCircuit',
    'hint.options.priMegalinkCircuit',
  ),
  'options.priMegalinkRemainActive': options(
    'field.options.priMegalinkRemainActive',
    'hint.options.priMegalinkRemainActive',
  ),
  extraDetails: field('section.extra', 'section.extra'),
  'extraDetails.*.key': field('section.extra', 'field.extra.key'),
  'extraDetails.*.value': field('section.extra', 'field.extra.value'),
  ...Object.fromEntries(
    attachmentSlots.map((slot) => [`attachments.${slot}`, field('section.attachments', `attach.${slot}`)]),
  ),
  'target.pilotNumber': service('field.target.pilotNumber', 'hint.target.pilotNumber'),
  'target.offeringId': service('field.target.offeringId', 'hint.target.offeringId'),
  'target.parentSubscriptionId': service('service.parent', 'hint.target.parentSubscriptionId'),
  'target.businessGroupSubscriptionId': service(
    'service.businessGroup',
    'hint.target.businessGroupSubscriptionId',
  ),
  'service.faxEmail': service('service.faxEmail', 'hint.service.faxEmail'),
  'service.dids': service('service.dids'),
  'service.dids.*.number': service('field.row.number'),
  'service.dids.*.label': service('field.row.label', 'hint.did.label'),
  'service.dids.*.additionalLabel': service('field.row.additionalLabel', 'hint.did.additionalLabel'),
  'service.dids.*.surecall': service('field.did.surecall', 'hint.did.surecall'),
  'service.dids.*.translatedNumber': service('field.did.translatedNumber', 'hint.did.translatedNumber'),
  'service.lines': service('service.lines'),
  'service.lines.*.number': service('field.row.number'),
  'service.lines.*.account': service('field.row.account', 'hint.row.account'),
  'service.lines.*.planId': service('field.row.planId', 'hint.row.planId'),
  'service.lines.*.locale': service('field.line.locale', 'hint.line.locale'),
  'service.lines.*.secondLocale': service('field.line.secondLocale', 'hint.line.secondLocale'),
  'service.lines.*.businessGroupId': service('field.line.businessGroupId', 'hint.line.businessGroupId'),
  'service.lines.*.enabled': service('field.row.enabled', 'hint.line.enabled'),
  'service.lines.*.label': service('field.row.label', 'hint.line.label'),
  'service.lines.*.callerName': service('field.line.callerName', 'hint.line.callerName'),
  'service.lines.*.callerId': service('field.line.callerId', 'hint.line.callerId'),
  'service.lines.*.email': service('field.line.email', 'hint.line.email'),
  'service.lines.*.callForwardingNumber': service(
    'field.line.callForwardingNumber',
    'hint.line.callForwardingNumber',
  ),
  'service.lines.*.callForwardingDelay': service(
    'field.line.callForwardingDelay',
    'hint.line.callForwardingDelay',
  ),
  'service.lines.*.extension': service('field.line.extension', 'hint.line.extension'),
  'service.lines.*.rateCenterName': service('field.row.rateCenterName', 'hint.row.rateCenterName'),
  'service.lines.*.sipPassword': service('field.line.sipPassword', 'hint.line.sipPassword'),
  'service.lines.*.webSelfCarePassword': service(
    'field.line.webSelfCarePassword',
    'hint.line.webSelfCarePassword',
  ),
  'service.forwards': service('service.forwards'),
  'service.forwards.*.number': service('field.row.number'),
  'service.forwards.*.account': service('field.row.account', 'hint.row.account'),
  'service.forwards.*.planId': service('field.row.planId', 'hint.row.planId'),
  'service.forwards.*.callForwardingNumber': service(
    'field.forward.callForwardingNumber',
    'hint.forward.callForwardingNumber',
  ),
  'service.forwards.*.enabled': service('field.row.enabled', 'hint.forward.enabled'),
  'service.forwards.*.label': service('field.row.label', 'hint.forward.label'),
  'service.forwards.*.additionalLabel': service('field.row.additionalLabel', 'hint.forward.additionalLabel'),
  'service.forwards.*.rateCenterName': service('field.row.rateCenterName', 'hint.row.rateCenterName'),
  'service.forwards.*.provisioningInstructions': service(
    'field.forward.provisioningInstructions',
    'hint.forward.provisioningInstructions',
  ),
  'service.forwardingInstructions': service('service.forwards'),
  'service.forwardingInstructions.*.number': service('field.row.number'),
  'service.forwardingInstructions.*.forwardTo': service(
    'field.forward.callForwardingNumber',
    'hint.instruction.forwardTo',
  ),
};

/** The registry entry of a field path, or undefined for a path that is not a field. */
export function fieldInfo(path: string): FieldInfo | undefined {
  return registry[pathPattern(path)];
}

/** A control's label, in the dealer's language. */
export function fieldLabel(path: string): string {
  const info = fieldInfo(path);
  return info ? t(info.label) : path;
}

/** A control's hint, or '' when it has none. */
export function fieldHint(path: string): string {
  const hint = fieldInfo(path)?.hint;
  return hint ? t(hint) : '';
}

const rowKeys: Readonly<Record<RowList, MessageKey>> = {
  dids: 'row.did',
  lines: 'row.line',
  forwards: 'row.forward',
  forwardingInstructions: 'row.forward',
};

/** A row's name: "Line (613) 555-0177", from the number the row holds. */
export function rowLabel(list: RowList, number: string | undefined): string {
  const shown = number && number.trim() !== '' ? formatNumber(number, i18n.locale) : t('row.noNumber');
  return t(rowKeys[list], { number: shown });
}

export interface FieldName {
  section: string;
  /** The row of a service list, or the file of a document slot; null for other fields. */
  row: string | null;
  field: string;
}

function rowOf(segments: string[], data: DraftData): string | null {
  const [top, list, index] = segments;
  if (top !== 'service' || index === undefined || !/^\d+$/.test(index)) return null;
  if (list !== 'dids' && list !== 'lines' && list !== 'forwards' && list !== 'forwardingInstructions')
    return null;
  return rowLabel(list, data.service?.[list]?.[Number(index)]?.number);
}

function fileOf(segments: string[], data: DraftData): string | null {
  const [top, slot, index] = segments;
  if (
    top !== 'attachments' ||
    index === undefined ||
    !(attachmentSlots as readonly string[]).includes(slot ?? '')
  )
    return null;
  const file = data.attachments?.[slot as AttachmentSlot]?.[Number(index)];
  return file?.name || t('attach.fileNumber', { index: Number(index) + 1 });
}

/**
 * Where a problem is, in the dealer's words: its section, its row (or file) and its field. A path
 * below a field (an entry of a list: 'numbers.toPort.3') is named by its field and the entry.
 */
export function fieldName(path: string, data: DraftData): FieldName {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const info = fieldInfo(segments.slice(0, length).join('.'));
    if (!info) continue;
    const row = rowOf(segments, data) ?? fileOf(segments, data);
    const rest = segments.slice(length);
    const entry = rest.length === 1 && /^\d+$/.test(rest[0] ?? '') && row === null;
    const label = t(info.label);
    const fieldText = entry ? `${label} (${t('review.item', { index: Number(rest[0]) + 1 })})` : label;
    // A row's own path ('service.lines.2') names the row alone.
    if (row !== null && length < 3) return { section: t(info.section), row, field: '' };
    return { section: t(info.section), row, field: fieldText };
  }
  return { section: t('editor.title'), row: null, field: '' };
}
