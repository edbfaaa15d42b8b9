// How long each field of a draft may be, and how many entries each list may hold: one constant per
// field, read by the draft schema (draft.ts) and by the editor's `maxlength` alike, so the screen and
// the store never disagree. Paths are draft field paths with `*` for a list index.
//
// The carrier's contract gives no maxLength on any request field (only on some answers: the losing
// carrier's REMARKS are 360 characters), so each cap is what the field holds in practice, with room:
// a telephone number in any format fits in 20 characters, an email address in 254 (RFC 5321), a
// caller name in the 15 characters of caller ID (CNAM).
//
// These are input caps: what a dealer may type. Drafts saved before a cap was tightened keep their
// longer values (see storedTextCap below and src-main/store/draft-json.ts).

/** "+1 (613) 555-0123 " and every other way of writing a North American number. */
export const numberCap = 20;
/** RFC 5321: the longest address a mail server must accept. */
export const emailCap = 254;
/** Digits of an int64 (account numbers); the rules say "too large" beyond what JSON carries exactly. */
const int64DigitsCap = 19;
/** Digits of an int32 (extensions, delays). */
const int32DigitsCap = 10;
/** Identifiers the carrier hands out (plan, offering, subscription, business group). */
const idCap = 100;
const labelCap = 100;
/** Line passwords (SIP and web self-care): kept apart from the draft, in line_secrets. */
export const linePasswordCap = 128;

export const textCaps = {
  'target.pilotNumber': numberCap,
  'target.trunkLabel': 200,
  'target.offeringId': idCap,
  'target.offeringName.En': 200,
  'target.offeringName.Fr': 200,
  'target.parentSubscriptionId': idCap,
  'target.businessGroupSubscriptionId': idCap,
  'customer.name': 100,
  'customer.accountNumber': 40,
  'address.streetNumber': 20,
  'address.streetName': 100,
  'address.streetType': 20,
  'address.streetDirection': 10,
  'address.streetSuffix': 20,
  'address.unit': 20,
  'address.floor': 20,
  'address.city': 60,
  /** A two-letter code chosen from a list (regions.ts). */
  'address.province': 2,
  /** A1A 1A1 or 12345-6789. */
  'address.postalCode': 10,
  'address.country': 2,
  'losingCarrier.reseller': 100,
  'numbers.toPort.*': numberCap,
  'numbers.toRemain.*': numberCap,
  'numbers.toDisconnect.*': numberCap,
  'numbers.newPilotNumber': numberCap,
  /** YYYY-MM-DD. */
  'schedule.date': 10,
  /** HH:MM. */
  'schedule.time': 5,
  'contacts.email': emailCap,
  'contacts.additionalEmails.*': emailCap,
  'contacts.submitterFirstName': 50,
  'contacts.submitterLastName': 50,
  'contacts.submitterPhone': numberCap,
  /** The losing carrier reads it on the LSR, whose remarks the contract caps at 360 (RejectDetail.REMARKS). */
  'comments.losingCarrier': 360,
  'comments.portTeam': 2_000,
  'options.priMegalinkCircuit': 50,
  'extraDetails.*.key': 100,
  'extraDetails.*.value': 1_000,
  'attachments.*.*.name': 255,
  /** RFC 6838: 127 characters for the type and the subtype each. */
  'attachments.*.*.mimeType': 255,
  'service.dids.*.number': numberCap,
  'service.dids.*.label': labelCap,
  'service.dids.*.additionalLabel': labelCap,
  'service.dids.*.surecall': numberCap,
  'service.dids.*.translatedNumber': numberCap,
  'service.lines.*.number': numberCap,
  'service.lines.*.rateCenterName': 50,
  'service.lines.*.account': int64DigitsCap,
  'service.lines.*.planId': idCap,
  'service.lines.*.label': labelCap,
  /** Caller ID name (CNAM) shows 15 characters. */
  'service.lines.*.callerName': 15,
  'service.lines.*.callerId': numberCap,
  'service.lines.*.email': emailCap,
  'service.lines.*.callForwardingNumber': numberCap,
  'service.lines.*.callForwardingDelay': int32DigitsCap,
  'service.lines.*.businessGroupId': idCap,
  'service.lines.*.extension': int32DigitsCap,
  'service.forwards.*.number': numberCap,
  'service.forwards.*.rateCenterName': 50,
  'service.forwards.*.account': int64DigitsCap,
  'service.forwards.*.planId': idCap,
  'service.forwards.*.label': labelCap,
  'service.forwards.*.additionalLabel': labelCap,
  'service.forwards.*.callForwardingNumber': numberCap,
  'service.forwards.*.provisioningInstructions': 1_000,
  'service.forwardingInstructions.*.number': numberCap,
  'service.forwardingInstructions.*.forwardTo': numberCap,
  'service.faxEmail': emailCap,
} as const satisfies Record<string, number>;

/** A large PBX moves a few hundred numbers in one port; 1,000 leaves room without inviting a runaway paste. */
const numbersPerRequest = 1_000;

export const listCaps = {
  'numbers.toPort': numbersPerRequest,
  'numbers.toRemain': numbersPerRequest,
  'numbers.toDisconnect': numbersPerRequest,
  'contacts.additionalEmails': 20,
  extraDetails: 50,
  /** Files per document slot (a letter of authorization in several parts, a few invoices). */
  'attachments.*': 20,
  'service.dids': numbersPerRequest,
  'service.lines': numbersPerRequest,
  'service.forwards': numbersPerRequest,
  'service.forwardingInstructions': numbersPerRequest,
} as const satisfies Record<string, number>;

export type TextField = keyof typeof textCaps;
export type ListField = keyof typeof listCaps;

/**
 * The whole draft, as its stored JSON: 2 MB. A real request, even with 1,000 numbers and every line's
 * details, is a few hundred kilobytes; a draft at every list's and field's cap at once could reach tens
 * of megabytes, and checking, storing and sending that on every autosave would freeze the app. Refused
 * with draftTooLarge (the last save is kept, and the editor keeps what was typed).
 */
export const maxDraftJsonBytes = 2 * 1024 * 1024;

/**
 * What the store accepts from data written before the caps above (the single cap every text and list
 * had until then): older drafts and exports keep their longer values rather than losing them.
 */
export const storedTextCap = 20_000;
export const storedListCap = 5_000;

/** A concrete path ('service.lines.3.planId') as its pattern ('service.lines.*.planId'). */
export function pathPattern(path: string): string {
  return patternOf(path).join('.');
}

function patternOf(path: string): string[] {
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? '*' : segment));
}

function lookup(caps: Readonly<Record<string, number>>, path: string): number | undefined {
  const segments = patternOf(path);
  for (const [pattern, cap] of Object.entries(caps)) {
    const parts = pattern.split('.');
    if (parts.length !== segments.length) continue;
    if (parts.every((part, index) => part === '*' || part === segments[index])) return cap;
  }
  return undefined;
}

/** The input cap of the text field at `path`, or undefined for a path that is not a text field. */
export function textCapFor(path: string): number | undefined {
  return lookup(textCaps, path);
}

/** The most entries the list at `path` may hold, or undefined for a path that is not a list. */
export function listCapFor(path: string): number | undefined {
  return lookup(listCaps, path);
}
