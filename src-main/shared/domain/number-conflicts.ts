// Numbers a request would port that another active request already ports: what the editor warns about and
// what finalizing asks the dealer to confirm. Plain shapes shared by the store that finds them, the outbox
// that asks for confirmation, the IPC contract and the renderer.
import type { DraftKind } from './catalogue';
import type { DraftStatus } from './draft-status';

/**
 * A request is active until it is completed, rejected or trashed: until then, sending the same numbers
 * again asks the carrier to port a number that is already being ported.
 */
export const inactiveStatuses: readonly DraftStatus[] = ['completed', 'rejected'];

/** At most this many other requests are named for one check: enough to act on, small on the wire. */
export const maxConflictingRequests = 20;

/** Another active request that ports some of the same numbers. */
export interface ConflictingRequest {
  id: string;
  kind: DraftKind;
  /** The list's title: the customer's name, else its first number. */
  title: string;
  status: DraftStatus;
  /** The numbers both requests port, as 10 digits, in the order the checked list gives them. */
  numbers: string[];
}
