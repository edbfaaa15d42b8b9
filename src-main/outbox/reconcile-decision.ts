// After an attempt whose outcome is unknown (or a crash mid-request) the carrier may already have the port.
// Before anything is sent again, the port is looked up two independent ways: by our CustomerReferenceNumber
// (the dashboard's port orders) and by each telephone number. This file decides from what was found. Pure.

/** What one lookup found. `failed` means the carrier could not be asked or answered nonsense. */
export type LookupResult =
  { kind: 'found'; tickets: string[] } | { kind: 'none' } | { kind: 'failed'; reason: string };

/**
 * What the two lookups found, kept as data (not as text) so the dealer reads it in their own language
 * whenever it is shown (evidence-text.ts); a failed lookup's reason is technical and shown as such.
 */
export interface ReconcileEvidence {
  byReference: LookupResult;
  byNumber: LookupResult;
}

export type ReconcileDecision =
  /** The carrier has exactly one port for this draft: adopt its ticket, never send again. */
  | { kind: 'adopt'; ticket: string; evidence: ReconcileEvidence }
  /** Both lookups answered and neither shows the port: it is safe to send again. */
  | { kind: 'send'; evidence: ReconcileEvidence }
  /** A lookup could not be done: ask again later (the worker gives up into review after a few tries). */
  | { kind: 'undecided'; evidence: ReconcileEvidence }
  /** The lookups contradict each other or show several ports: a person must decide. */
  | { kind: 'review'; evidence: ReconcileEvidence };

function describe(name: string, result: LookupResult): string {
  switch (result.kind) {
    case 'found':
      return `${name}: ${result.tickets.join(', ')}`;
    case 'none':
      return `${name}: none`;
    case 'failed':
      return `${name}: lookup failed (${result.reason})`;
  }
}

/** The evidence in one line, for the log (a developer's record, in English; never shown to the dealer). */
export function describeEvidence(evidence: ReconcileEvidence): string {
  return `${describe('by reference', evidence.byReference)}; ${describe('by number', evidence.byNumber)}`;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * `byReference`: tickets the carrier lists under our CustomerReferenceNumber.
 * `byNumber`: tickets of ports found for the draft's numbers, already stripped of tickets that belong to
 * other drafts of ours (an earlier, rejected port of the same number is not this draft's port).
 */
export function decideReconciliation(byReference: LookupResult, byNumber: LookupResult): ReconcileDecision {
  const evidence: ReconcileEvidence = { byReference, byNumber };
  const referenceTickets = byReference.kind === 'found' ? unique(byReference.tickets) : [];
  const numberTickets = byNumber.kind === 'found' ? unique(byNumber.tickets) : [];

  if (referenceTickets.length > 1) return { kind: 'review', evidence };
  const [referenceTicket] = referenceTickets;
  if (referenceTicket !== undefined) {
    // Our own reference is the strongest evidence; a port found by number must be the same one.
    if (numberTickets.length === 0 || (numberTickets.length === 1 && numberTickets[0] === referenceTicket)) {
      if (byNumber.kind === 'none') return { kind: 'review', evidence };
      return { kind: 'adopt', ticket: referenceTicket, evidence };
    }
    return { kind: 'review', evidence };
  }
  if (byReference.kind === 'none') {
    if (byNumber.kind === 'none') return { kind: 'send', evidence };
    if (byNumber.kind === 'found') return { kind: 'review', evidence };
    return { kind: 'undecided', evidence };
  }
  // The reference lookup failed: whatever the numbers say, we cannot tell whether a port found is ours.
  return { kind: 'undecided', evidence };
}
