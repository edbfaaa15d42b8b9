// Splitting a draft whose numbers mix toll-free and regular numbers into two drafts, because the
// carrier takes them in separate requests. Both keep the shared port-form data (customer, address,
// losing carrier, schedule, contacts...); numbers and their service rows go with their nature.
import { slotsCarried } from './document-slots';
import { attachmentSlots, type DraftData } from './draft';
import { isTollFree, normalizeNumber, numberNature } from './numbers';

function clone(data: DraftData): DraftData {
  return structuredClone(data);
}

/** Whether a typed value is a toll-free number. Anything unreadable stays with the regular draft,
 *  where the dealer will see it flagged, so nothing typed is lost. */
function tollFree(value: string | undefined): boolean {
  const normalized = value === undefined ? null : normalizeNumber(value);
  return normalized !== null && isTollFree(normalized);
}

function partition<T>(rows: readonly T[], toTollFree: (row: T) => boolean, wantTollFree: boolean): T[] {
  return rows.filter((row) => toTollFree(row) === wantTollFree);
}

function keepNature(data: DraftData, wantTollFree: boolean): DraftData {
  const copy = clone(data);
  if (copy.numbers) {
    if (copy.numbers.toPort) copy.numbers.toPort = partition(copy.numbers.toPort, tollFree, wantTollFree);
    if (wantTollFree) {
      // The toll-free form has no numbers to remain or disconnect and no pilot change.
      delete copy.numbers.toRemain;
      delete copy.numbers.toDisconnect;
      delete copy.numbers.changePilotNumber;
      delete copy.numbers.newPilotNumber;
    }
  }
  if (copy.service) {
    const byNumber = (row: { number?: string }) => tollFree(row.number);
    const { dids, lines, forwards, forwardingInstructions } = copy.service;
    if (dids) copy.service.dids = partition(dids, byNumber, wantTollFree);
    if (lines) copy.service.lines = partition(lines, byNumber, wantTollFree);
    if (forwards) copy.service.forwards = partition(forwards, byNumber, wantTollFree);
    if (forwardingInstructions) {
      copy.service.forwardingInstructions = partition(forwardingInstructions, byNumber, wantTollFree);
    }
  }
  if (copy.attachments) {
    // Each half takes the documents its form carries (document-slots.ts): both keep the invoice and
    // the 411 spreadsheet; the letter of authorization stays with the regular numbers and the RespOrg
    // form goes with the toll-free ones.
    const carried = slotsCarried(wantTollFree ? 'tollFree' : 'regular');
    const attachments = copy.attachments;
    copy.attachments = Object.fromEntries(
      attachmentSlots.flatMap((slot) => {
        const files = attachments[slot];
        return carried.includes(slot) && files !== undefined ? [[slot, files]] : [];
      }),
    );
  }
  if (wantTollFree && copy.options) {
    delete copy.options.isPriMegaLink;
    delete copy.options.priMegalinkCircuit;
    delete copy.options.priMegalinkRemainActive;
  }
  return copy;
}

export function splitByNature(data: DraftData): { regular: DraftData; tollFree: DraftData } | null {
  if (numberNature(data.numbers?.toPort ?? []) !== 'mixed') return null;
  return { regular: keepNature(data, false), tollFree: keepNature(data, true) };
}
