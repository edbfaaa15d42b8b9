// Rules on the common port form: customer, address, losing carrier, contacts, documents (the schedule's
// are in schedule-rules.ts).
import { slotsCarried } from '../document-slots';
import { attachmentSlots } from '../draft';
import { isBlank } from '../draft-values';
import { numberProblem } from '../numbers';
import { countryOf, postalLettersOf, regionOf } from '../regions';
import { emailPattern, type RuleContext } from './rule-context';

const canadianPostalCode = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;
const usZipCode = /^\d{5}(-\d{4})?$/;

function required(context: RuleContext, value: string | undefined, path: string): void {
  if (isBlank(value)) context.issues.error(path, 'validation.required');
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
  checkProvince(context);
  const postalCode = address.postalCode?.trim() ?? '';
  if (postalCode === '') return;
  if (country === 'CA' && !canadianPostalCode.test(postalCode)) {
    context.issues.error('address.postalCode', 'validation.address.postalCodeCanada');
  } else if (country === 'CA') {
    checkPostalCodeFitsProvince(context, postalCode);
  }
  if (country === 'US' && !usZipCode.test(postalCode)) {
    context.issues.error('address.postalCode', 'validation.address.zipCodeUs');
  }
}

/** The province or state is one of the country's (chosen from a list; older drafts may hold words). */
function checkProvince(context: RuleContext): void {
  const address = context.data.address ?? {};
  const country = countryOf(address.country);
  if (country === null || isBlank(address.province)) return;
  if (regionOf(country, address.province) === null) {
    context.issues.error('address.province', 'validation.address.provinceUnknown', { country });
  }
}

/** A Canadian postal code's first letter names its province (H is Montréal, K to P Ontario...). */
function checkPostalCodeFitsProvince(context: RuleContext, postalCode: string): void {
  const province = regionOf('CA', context.data.address?.province);
  const letters = province === null ? null : postalLettersOf(province);
  if (province === null || letters === null) return;
  if (!letters.includes(postalCode.charAt(0).toUpperCase())) {
    context.issues.warning('address.postalCode', 'validation.address.postalCodeProvince', {
      province,
      letters: letters.split('').join(', '),
    });
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
  const carried = slotsCarried(tollFree ? 'tollFree' : 'regular');
  for (const slot of attachmentSlots) {
    const refs = attachments[slot] ?? [];
    refs.forEach((ref, index) => {
      // A file's name and type come with the file: what is wrong with them is fixed by attaching it again.
      const path = `attachments.${slot}.${index}`;
      if (ref.name.trim() === '') issues.error(path, 'validation.attachment.noName');
      if (ref.mimeType.trim() === '') issues.error(path, 'validation.attachment.noType');
      if (ref.size <= 0) issues.error(path, 'validation.attachment.empty');
    });
    if (refs.length === 0 || carried.includes(slot)) continue;
    // Files in a slot this form has no field for (document-slots.ts) are not sent.
    issues.warning(
      `attachments.${slot}`,
      tollFree ? 'validation.notSent.tollFree' : 'validation.notSent.regular',
    );
  }
  if (!tollFree && (attachments.letterOfAuthorization ?? []).length === 0) {
    issues.warning('attachments.letterOfAuthorization', 'validation.attachment.noLetterOfAuthorization');
  }
  if (tollFree && (attachments.respOrgForm ?? []).length === 0) {
    issues.warning('attachments.respOrgForm', 'validation.attachment.noRespOrgForm');
  }
}
