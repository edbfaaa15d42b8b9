// Rules on the common port form: customer, address, losing carrier, schedule, contacts, documents.
import { attachmentSlots } from '../draft';
import { isBlank } from '../draft-values';
import { numberProblem } from '../numbers';
import { emailPattern, type RuleContext } from './rule-context';

const canadianPostalCode = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const usZipCode = /^\d{5}(-\d{4})?$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const time24 = /^([01]\d|2[0-3]):[0-5]\d$/;

function required(context: RuleContext, value: string | undefined, path: string): void {
  if (isBlank(value)) context.issues.error(path, 'validation.required');
}

function calendarDate(text: string): Date | null {
  const match = isoDate.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

export function checkCustomerAndAddress(context: RuleContext): void {
  const customer = context.data.customer ?? {};
  const address = context.data.address ?? {};
  required(context, customer.name, 'customer.name');
  required(context, customer.accountNumber, 'customer.accountNumber');
  required(context, address.streetNumber, 'address.streetNumber');
  required(context, address.streetName, 'address.streetName');
  required(context, address.city, 'address.city');
  required(context, address.province, 'address.province');
  required(context, address.postalCode, 'address.postalCode');
  required(context, address.country, 'address.country');

  const country = address.country?.trim().toUpperCase() ?? '';
  if (country !== '' && country !== 'CA' && country !== 'US') {
    context.issues.error('address.country', 'validation.address.countryUnsupported');
  }
  const postalCode = address.postalCode?.trim() ?? '';
  if (postalCode === '') return;
  if (country === 'CA' && !canadianPostalCode.test(postalCode)) {
    context.issues.error('address.postalCode', 'validation.address.postalCodeCanada');
  }
  if (country === 'US' && !usZipCode.test(postalCode)) {
    context.issues.error('address.postalCode', 'validation.address.zipCodeUs');
  }
}

export function checkLosingCarrier(context: RuleContext): void {
  const carrier = context.data.losingCarrier ?? {};
  const providerId = carrier.providerId ?? null;
  if (providerId === null && isBlank(carrier.reseller)) {
    context.issues.error('losingCarrier.providerId', 'validation.losingCarrier.required');
    return;
  }
  const providers = context.providers ?? [];
  if (
    providerId !== null &&
    providers.length > 0 &&
    !providers.some((provider) => provider.ID === providerId)
  ) {
    context.issues.error('losingCarrier.providerId', 'validation.losingCarrier.unknownProvider');
  }
}

export function checkSchedule(context: RuleContext): void {
  const schedule = context.data.schedule ?? {};
  const { issues } = context;
  const dateText = schedule.date?.trim() ?? '';
  const timeText = schedule.time?.trim() ?? '';
  if (dateText !== '') {
    const date = calendarDate(dateText);
    if (!date) {
      issues.error('schedule.date', 'validation.schedule.dateFormat');
    } else if (context.today !== undefined && dateText < context.today) {
      issues.error('schedule.date', 'validation.schedule.datePast');
    } else {
      const weekday = date.getUTCDay();
      if (weekday === 0 || weekday === 6) issues.warning('schedule.date', 'validation.schedule.weekend');
      const holiday = (context.holidays ?? []).find((candidate) => candidate.Date.slice(0, 10) === dateText);
      if (holiday)
        issues.warning('schedule.date', 'validation.schedule.holiday', { name: holiday.Name ?? '' });
    }
  }
  if (timeText !== '') {
    if (!time24.test(timeText)) issues.error('schedule.time', 'validation.schedule.timeFormat');
    else if (dateText === '') issues.error('schedule.time', 'validation.schedule.timeWithoutDate');
    else issues.warning('schedule.time', 'validation.schedule.timeMayCostExtra');
  }
}

export function checkEmail(context: RuleContext, value: string | undefined, path: string): void {
  if (isBlank(value)) return;
  const email = (value ?? '').trim();
  if (!emailPattern.test(email)) context.issues.error(path, 'validation.email', { input: email });
}

export function checkContacts(context: RuleContext): void {
  const contacts = context.data.contacts ?? {};
  required(context, contacts.email, 'contacts.email');
  checkEmail(context, contacts.email, 'contacts.email');
  (contacts.additionalEmails ?? []).forEach((email, index) =>
    checkEmail(context, email, `contacts.additionalEmails.${index}`),
  );
  if (!isBlank(contacts.submitterPhone)) {
    const problem = numberProblem(contacts.submitterPhone ?? '');
    if (problem) context.issues.error('contacts.submitterPhone', problem.key, problem.params);
  }
}

export function checkOptionsAndDetails(context: RuleContext): void {
  const options = context.data.options ?? {};
  const { issues } = context;
  const tollFree = context.nature === 'tollFree';
  if (options.isPriMegaLink === true) {
    if (tollFree) issues.warning('options.isPriMegaLink', 'validation.notSent.tollFree');
    else if (isBlank(options.priMegalinkCircuit))
      issues.warning('options.priMegalinkCircuit', 'validation.pri.circuitMissing');
  }
  (context.data.extraDetails ?? []).forEach((row, index) => {
    if (isBlank(row.key) && !isBlank(row.value))
      issues.error(`extraDetails.${index}.key`, 'validation.extraDetails.keyRequired');
  });
}

export function checkAttachments(context: RuleContext): void {
  const attachments = context.data.attachments ?? {};
  const { issues } = context;
  const tollFree = context.nature === 'tollFree';
  for (const slot of attachmentSlots) {
    const refs = attachments[slot] ?? [];
    refs.forEach((ref, index) => {
      const path = `attachments.${slot}.${index}`;
      if (ref.name.trim() === '') issues.error(`${path}.name`, 'validation.attachment.noName');
      if (ref.mimeType.trim() === '') issues.error(`${path}.mimeType`, 'validation.attachment.noType');
      if (ref.size <= 0) issues.error(path, 'validation.attachment.empty');
    });
    if (refs.length === 0) continue;
    if (tollFree && slot === 'letterOfAuthorization')
      issues.warning(`attachments.${slot}`, 'validation.notSent.tollFree');
    if (!tollFree && slot === 'respOrgForm')
      issues.warning(`attachments.${slot}`, 'validation.notSent.regular');
  }
  if (!tollFree && (attachments.letterOfAuthorization ?? []).length === 0) {
    issues.warning('attachments.letterOfAuthorization', 'validation.attachment.noLetterOfAuthorization');
  }
  if (tollFree && (attachments.respOrgForm ?? []).length === 0) {
    issues.warning('attachments.respOrgForm', 'validation.attachment.noRespOrgForm');
  }
}
