// What a draft's data derives beside its JSON: the list's columns (title, customer, numbers), the
// search terms and the attachment references. Both the creation of a draft and the full save of a
// revision write them; the one-statement autosave applies only when they would not change.
import type { DraftData } from '../shared/domain/draft';
import type { DraftStatements } from './draft-statements';
import { customerName, fold, portedNumbers, searchTerms, titleFor } from './search-terms';

/** The attachment hashes of a draft, in slot order: compared as saved, so it needs no sorting. */
export function attachmentShas(data: DraftData): string[] {
  const slots = data.attachments;
  if (!slots) return [];
  const shas: string[] = [];
  for (const refs of [
    slots.letterOfAuthorization,
    slots.lastInvoice,
    slots.blifSpreadsheet,
    slots.respOrgForm,
  ]) {
    for (const ref of refs ?? []) shas.push(ref.sha256);
  }
  return shas;
}

/** The columns derived from the data's summary source: title, summary and search terms. */
export function derived(data: DraftData) {
  const name = customerName(data);
  const ported = portedNumbers(data);
  return {
    title: titleFor(data),
    customerName: name,
    customerSort: fold(name),
    numbers: JSON.stringify(ported.slice(0, 5)),
    numberCount: ported.length,
    terms: searchTerms(data),
  };
}

/** Replaces the draft's search terms. */
export function writeTerms(stmt: DraftStatements, seq: number, terms: readonly string[]): void {
  stmt.deleteTerms.run(seq);
  for (const term of terms) stmt.insertTerm.run(term, seq);
}

/** Adds the draft's attachment references (the old ones stay until the draft is purged). */
export function writeRefs(stmt: DraftStatements, seq: number, shas: readonly string[]): void {
  for (const sha of shas) stmt.insertRef.run(seq, sha);
}
