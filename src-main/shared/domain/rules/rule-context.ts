import type { CatalogueEntry, DraftKind, NumberNature } from '../catalogue';
import type { DraftData } from '../draft';
import type { IssueCollector } from '../issue';
import type { SignatureRecord } from '../paperwork/signature';

/** Reference data the dealer's machine has cached from the carrier; each list is optional. */
export interface ReferenceContext {
  /** Today's date in Eastern time, YYYY-MM-DD. Without it the "date has passed" rule is skipped. */
  today?: string;
  providers?: readonly { ID: number }[];
  npanxx?: readonly number[];
  holidays?: readonly { Date: string; Name?: string }[];
  /** The signatures of the documents Portage prepared for this draft (the audit trail): a signed one must
   *  still match the draft. Without them, attached documents are not checked against the draft. */
  signatures?: readonly SignatureRecord[];
}

export interface RuleContext extends ReferenceContext {
  kind: DraftKind;
  data: DraftData;
  /** The nature of the numbers to port ('regular' when there are none yet). */
  nature: NumberNature;
  entry: CatalogueEntry | null;
  issues: IssueCollector;
}

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
