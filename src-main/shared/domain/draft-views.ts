// A draft as lists and the editor see it: the summary row of the drafts list, the detail the editor opens,
// a trashed draft and a history point. Plain shapes shared by the store, the IPC contract and the renderer.
import type { DraftKind } from './catalogue';
import type { Draft, DraftStatus } from './draft';
import type { LinePasswordRef } from './line-passwords';

/** History points kept per draft in `draft_revisions` (the current state is in `drafts`, besides them). */
export const revisionsKept = 20;

/** Statuses in which the dealer may still edit a draft; later ones are locked (edit a copy instead). */
export const editableStatuses: readonly DraftStatus[] = ['draft', 'ready'];

export interface DraftSummary {
  id: string;
  kind: DraftKind;
  title: string;
  customerName: string;
  /** Up to five of the numbers to port, as typed. */
  numbers: string[];
  numberCount: number;
  status: DraftStatus;
  created: string;
  updated: string;
  ticket: string | null;
  archived: boolean;
}

export type DraftDetail = Draft & {
  ticket: string | null;
  archived: boolean;
  editable: boolean;
  /** Which line passwords are set (never their values). Given when a draft is opened (drafts.get);
   *  other answers leave it out, and the editor keeps what it was told last. */
  linePasswords?: LinePasswordRef[];
};

export interface TrashedDraftSummary extends DraftSummary {
  deletedAt: string;
  /** When purgeTrash will remove it for good (deletedAt + 30 days). */
  purgeAfter: string;
}

export interface DraftRevisionSummary {
  revision: number;
  updated: string;
  title: string;
}
