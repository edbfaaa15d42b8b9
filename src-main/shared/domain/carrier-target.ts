// Where a finalized request goes: the built-in practice carrier, or one carrier account named by its
// address and customer number (never its password). A request records its target when it is finalized
// and is only ever sent there; a ticket is only ever asked about where it was issued. Plain shapes and
// comparisons, shared by the outbox that keeps the target, the IPC contract and the renderer that shows it.

export interface AccountTarget {
  kind: 'account';
  /** The account's address as saved (normalized by the account service). */
  baseUrl: string;
  /** The customer number. */
  username: string;
}

export interface PracticeTarget {
  kind: 'practice';
}

export type CarrierTarget = PracticeTarget | AccountTarget;

export const practiceTarget: PracticeTarget = { kind: 'practice' };

/** The same carrier: practice and practice, or the same address with the same customer number. */
export function sameTarget(a: CarrierTarget, b: CarrierTarget): boolean {
  if (a.kind === 'practice' || b.kind === 'practice') return a.kind === b.kind;
  return a.baseUrl === b.baseUrl && a.username === b.username;
}

/** Where tickets can be asked about right now: the practice carrier if it runs, the account if one is set. */
export interface ReachableTargets {
  practice: boolean;
  account: AccountTarget | null;
}
