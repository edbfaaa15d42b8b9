// The draft: what a dealer has typed for one port request, kept exactly as typed.
// This schema checks shape only (the "draft" level of validation): every text field is a string within
// its length cap (field-caps.ts), every list is a list within its cap. Whether the request is complete and correct is the "ready" level (validation.ts).
// Telephone numbers are kept as the dealer wrote them; they are normalized when the body is built.
import { z } from 'zod';
import { draftKinds, offeringTypes } from './catalogue';
import type { DraftStatus } from './draft-status';
import {
  listCaps,
  storedListCap,
  storedTextCap,
  textCaps,
  type ListField,
  type TextField,
} from './field-caps';

export { draftStatuses, type DraftStatus } from './draft-status';

/** The carrier's `Locale` and `SecondLocale` values for a line (x-enum-names in the contract). */
export const lineLocales = [0, 1, 2, 3, 4, 5, 6] as const;
export const secondLineLocales = [0, 1, 2, 3, 4, 5, 6, 9] as const;

export const attachmentSlots = [
  'letterOfAuthorization',
  'lastInvoice',
  'blifSpreadsheet',
  'respOrgForm',
] as const;
export type AttachmentSlot = (typeof attachmentSlots)[number];

/** A text field, by its path in field-caps.ts. */
type TextOf = (path: TextField) => z.ZodString;
/** A list, by its path in field-caps.ts. */
type ListOf = <T extends z.ZodType>(path: ListField, item: T) => z.ZodArray<T>;

/** The port form's sections: who, where, from whom, which numbers, when, and the documents. */
function formSchemas(text: TextOf, list: ListOf) {
  const localizedName = z
    .object({ En: text('target.offeringName.En'), Fr: text('target.offeringName.Fr') })
    .strict();

  /** The target: an existing SIP trunk, or a new service from an offering. */
  const target = z
    .object({
      /** Pilot number of the SIP trunk, for DIDs on an existing trunk. */
      pilotNumber: text('target.pilotNumber'),
      trunkLabel: text('target.trunkLabel'),
      offeringId: text('target.offeringId'),
      offeringType: z.literal(offeringTypes).nullable(),
      offeringName: localizedName.nullable(),
      parentSubscriptionId: text('target.parentSubscriptionId'),
      /** Business permanent call forwards go into a business group subscription. */
      businessGroupSubscriptionId: text('target.businessGroupSubscriptionId'),
    })
    .strict()
    .partial();

  const customer = z
    .object({ name: text('customer.name'), accountNumber: text('customer.accountNumber') })
    .strict()
    .partial();

  const address = z
    .object({
      streetNumber: text('address.streetNumber'),
      streetName: text('address.streetName'),
      streetType: text('address.streetType'),
      streetDirection: text('address.streetDirection'),
      streetSuffix: text('address.streetSuffix'),
      unit: text('address.unit'),
      floor: text('address.floor'),
      city: text('address.city'),
      province: text('address.province'),
      postalCode: text('address.postalCode'),
      country: text('address.country'),
    })
    .strict()
    .partial();

  const losingCarrier = z
    .object({
      /** An ID from GET /NumberPorts/Providers, or null when the dealer names a reseller instead. */
      providerId: z.number().int().nullable(),
      reseller: text('losingCarrier.reseller'),
      providerNotMandatory: z.boolean(),
    })
    .strict()
    .partial();

  const numbers = z
    .object({
      toPort: list('numbers.toPort', text('numbers.toPort.*')),
      toRemain: list('numbers.toRemain', text('numbers.toRemain.*')),
      toDisconnect: list('numbers.toDisconnect', text('numbers.toDisconnect.*')),
      changePilotNumber: z.boolean(),
      newPilotNumber: text('numbers.newPilotNumber'),
    })
    .strict()
    .partial();

  const schedule = z
    .object({
      /** YYYY-MM-DD, Eastern time. Empty means the earliest possible date. */
      date: text('schedule.date'),
      /** HH:MM 24-hour, Eastern time; only with a date. */
      time: text('schedule.time'),
    })
    .strict()
    .partial();

  const contacts = z
    .object({
      email: text('contacts.email'),
      additionalEmails: list('contacts.additionalEmails', text('contacts.additionalEmails.*')),
      submitterFirstName: text('contacts.submitterFirstName'),
      submitterLastName: text('contacts.submitterLastName'),
      submitterPhone: text('contacts.submitterPhone'),
    })
    .strict()
    .partial();

  const comments = z
    .object({ losingCarrier: text('comments.losingCarrier'), portTeam: text('comments.portTeam') })
    .strict()
    .partial();

  /** Yes/no questions: true for Yes, false for an explicit No (sent as false), absent when not answered. */
  const options = z
    .object({
      contactMeBlif: z.boolean(),
      contactMeScheduling: z.boolean(),
      isPriMegaLink: z.boolean(),
      priMegalinkCircuit: text('options.priMegalinkCircuit'),
      priMegalinkRemainActive: z.boolean(),
    })
    .strict()
    .partial();

  const keyValue = z
    .object({ key: text('extraDetails.*.key'), value: text('extraDetails.*.value') })
    .strict();

  /** A reference to an attachment stored once in the database, by content hash. */
  const attachmentRef = z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      name: text('attachments.*.*.name'),
      mimeType: text('attachments.*.*.mimeType'),
      size: z.number().int().nonnegative(),
    })
    .strict();

  const attachments = z
    .object({
      letterOfAuthorization: list('attachments.*', attachmentRef),
      lastInvoice: list('attachments.*', attachmentRef),
      blifSpreadsheet: list('attachments.*', attachmentRef),
      /** Toll-free ports only: the RespOrg transfer form. */
      respOrgForm: list('attachments.*', attachmentRef),
    })
    .strict()
    .partial();

  return {
    localizedName,
    target,
    customer,
    address,
    losingCarrier,
    numbers,
    schedule,
    contacts,
    comments,
    options,
    keyValue,
    attachmentRef,
    attachments,
  };
}

/** The section that belongs to the kind of service: one row per number, or the fax email. */
function serviceSchemas(text: TextOf, list: ListOf) {
  /** A DID on a SIP trunk (DIDRequestV2). */
  const did = z
    .object({
      number: text('service.dids.*.number'),
      label: text('service.dids.*.label'),
      additionalLabel: text('service.dids.*.additionalLabel'),
      surecall: text('service.dids.*.surecall'),
      translatedNumber: text('service.dids.*.translatedNumber'),
    })
    .strict()
    .partial();

  /** A residential or business line (ResidentialLineOrder / BusinessLineOrder). Its passwords are
   *  not here: they are secrets, kept encrypted in their own table (line_secrets). */
  const line = z
    .object({
      number: text('service.lines.*.number'),
      rateCenterName: text('service.lines.*.rateCenterName'),
      account: text('service.lines.*.account'),
      planId: text('service.lines.*.planId'),
      locale: z.literal(lineLocales).nullable(),
      secondLocale: z.literal(secondLineLocales).nullable(),
      enabled: z.boolean(),
      label: text('service.lines.*.label'),
      callerName: text('service.lines.*.callerName'),
      callerId: text('service.lines.*.callerId'),
      email: text('service.lines.*.email'),
      callForwardingNumber: text('service.lines.*.callForwardingNumber'),
      callForwardingDelay: text('service.lines.*.callForwardingDelay'),
      /** Business lines only. */
      businessGroupId: text('service.lines.*.businessGroupId'),
      extension: text('service.lines.*.extension'),
    })
    .strict()
    .partial();

  /** A permanent call forward (PermanentCallForwardOrderV2). */
  const forward = z
    .object({
      number: text('service.forwards.*.number'),
      rateCenterName: text('service.forwards.*.rateCenterName'),
      account: text('service.forwards.*.account'),
      planId: text('service.forwards.*.planId'),
      enabled: z.boolean(),
      label: text('service.forwards.*.label'),
      additionalLabel: text('service.forwards.*.additionalLabel'),
      callForwardingNumber: text('service.forwards.*.callForwardingNumber'),
      provisioningInstructions: text('service.forwards.*.provisioningInstructions'),
    })
    .strict()
    .partial();

  /** A business permanent call forward instruction (ForwardingDetail). */
  const forwardingInstruction = z
    .object({
      number: text('service.forwardingInstructions.*.number'),
      forwardTo: text('service.forwardingInstructions.*.forwardTo'),
    })
    .strict()
    .partial();

  /** The section that belongs to the kind of service. Only the part for the draft's kind is sent. */
  const service = z
    .object({
      dids: list('service.dids', did),
      lines: list('service.lines', line),
      forwards: list('service.forwards', forward),
      forwardingInstructions: list('service.forwardingInstructions', forwardingInstruction),
      faxEmail: text('service.faxEmail'),
    })
    .strict()
    .partial();

  return { did, line, forward, forwardingInstruction, service };
}

/**
 * The draft's schema, built twice from one description: with the input caps (what a dealer may type)
 * and with the caps of stored data (what older drafts and exports may hold). Same shape, same types.
 */
function draftSchemas(text: TextOf, list: ListOf) {
  const form = formSchemas(text, list);
  const { target, customer, address, losingCarrier, numbers, schedule, contacts, comments, options } = form;
  const rows = serviceSchemas(text, list);
  const data = z
    .object({
      target,
      customer,
      address,
      losingCarrier,
      numbers,
      schedule,
      contacts,
      comments,
      options,
      extraDetails: list('extraDetails', form.keyValue),
      attachments: form.attachments,
      service: rows.service,
    })
    .strict()
    .partial();

  return { ...form, ...rows, data };
}

const input = draftSchemas(
  (path) => z.string().max(textCaps[path]),
  (path, item) => z.array(item).max(listCaps[path]),
);

/**
 * Data written before the caps were tightened (older drafts, exports, their history) may hold longer
 * values: the store keeps them rather than lose what a dealer typed, and the ready rules ask for them
 * to be shortened before sending.
 */
const stored = draftSchemas(
  () => z.string().max(storedTextCap),
  (_path, item) => z.array(item).max(storedListCap),
);

export const localizedNameSchema = input.localizedName;
export const keyValueSchema = input.keyValue;
export const attachmentRefSchema = input.attachmentRef;
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;
export const draftDidSchema = input.did;
export const draftLineSchema = input.line;
export const draftForwardSchema = input.forward;
export const draftForwardingInstructionSchema = input.forwardingInstruction;

/** What a dealer may send: every field within its input cap (field-caps.ts). */
export const draftDataSchema = input.data;
/** What the store may hold: the same shape with the caps older data was written under. */
export const storedDraftDataSchema = stored.data;

export type DraftData = z.infer<typeof draftDataSchema>;
export type DraftDid = z.infer<typeof draftDidSchema>;
export type DraftLine = z.infer<typeof draftLineSchema>;
export type DraftForward = z.infer<typeof draftForwardSchema>;
export type DraftForwardingInstruction = z.infer<typeof draftForwardingInstructionSchema>;

export const draftKindSchema = z.enum(draftKinds);

/** A draft as the store keeps it and the renderer shows it. */
export interface Draft {
  id: string;
  kind: (typeof draftKinds)[number];
  title: string;
  data: DraftData;
  status: DraftStatus;
  /** ISO 8601 UTC. */
  created: string;
  updated: string;
  /** Increases by one with every save. */
  revision: number;
}

export function emptyDraftData(): DraftData {
  return {};
}
