// The columns a spreadsheet of numbers can bring into a request: the number itself, and for the kinds
// whose numbers each have a row (a DID, a line, a forward, a forwarding instruction) the per-number
// details of that row. Each importable field is a path of the draft, so its length cap (field-caps.ts)
// and its label (the renderer's field registry) are the ones the editor uses.
import type { DraftKind } from '../catalogue';
import { textCaps, type TextField } from '../field-caps';

export const intakeFields = [
  'number',
  'label',
  'additionalLabel',
  'callerName',
  'callerId',
  'email',
  'extension',
  'account',
  'planId',
  'rateCenterName',
  'forwardTo',
] as const;
export type IntakeField = (typeof intakeFields)[number];
export type DetailField = Exclude<IntakeField, 'number'>;

/** The service rows each kind keeps, one per number; kinds without rows take the numbers alone. */
export type RowList = 'dids' | 'lines' | 'forwards' | 'forwardingInstructions';

export function rowListOf(kind: DraftKind): RowList | null {
  switch (kind) {
    case 'sipTrunkDids':
      return 'dids';
    case 'residentialLine':
    case 'businessLine':
      return 'lines';
    case 'permanentCallForward':
      return 'forwards';
    case 'businessPermanentCallForward':
      return 'forwardingInstructions';
    default:
      return null;
  }
}

/** For each row list, the details a spreadsheet may fill and the row property each lands in. */
const rowProperties: Readonly<Record<RowList, Partial<Record<DetailField, string>>>> = {
  dids: { label: 'label', additionalLabel: 'additionalLabel' },
  lines: {
    label: 'label',
    callerName: 'callerName',
    callerId: 'callerId',
    email: 'email',
    extension: 'extension',
    account: 'account',
    planId: 'planId',
    rateCenterName: 'rateCenterName',
    forwardTo: 'callForwardingNumber',
  },
  forwards: {
    label: 'label',
    additionalLabel: 'additionalLabel',
    forwardTo: 'callForwardingNumber',
    account: 'account',
    planId: 'planId',
    rateCenterName: 'rateCenterName',
  },
  forwardingInstructions: { forwardTo: 'forwardTo' },
};

/** The fields a spreadsheet can fill for this kind, the number first. Extensions are business lines' only. */
export function fieldsForKind(kind: DraftKind): IntakeField[] {
  const list = rowListOf(kind);
  if (list === null) return ['number'];
  const details = intakeFields.filter(
    (field): field is DetailField => field !== 'number' && rowProperties[list][field] !== undefined,
  );
  return ['number', ...details.filter((field) => field !== 'extension' || kind === 'businessLine')];
}

/** The row property a detail fills (`forwardTo` is a line's or a forward's `callForwardingNumber`). */
export function rowPropertyOf(kind: DraftKind, field: DetailField): string | null {
  const list = rowListOf(kind);
  return list === null ? null : (rowProperties[list][field] ?? null);
}

/** The draft path of a field, with `*` for the row: what the editor labels it and caps it by. */
export function fieldPathOf(kind: DraftKind, field: IntakeField): string {
  if (field === 'number') return 'numbers.toPort';
  const list = rowListOf(kind);
  const property = rowPropertyOf(kind, field);
  return list === null || property === null ? 'numbers.toPort' : `service.${list}.*.${property}`;
}

/** The longest value a detail may have in a row (the editor's cap for that field). */
export function detailCap(kind: DraftKind, field: DetailField): number {
  const path = fieldPathOf(kind, field);
  return path in textCaps ? textCaps[path as TextField] : 0;
}
