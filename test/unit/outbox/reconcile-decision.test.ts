import { describe, expect, it } from 'vitest';
import {
  decideReconciliation,
  describeEvidence,
  type LookupResult,
} from '../../../src-main/outbox/reconcile-decision';

const found = (...tickets: string[]): LookupResult => ({ kind: 'found', tickets });
const none: LookupResult = { kind: 'none' };
const failed: LookupResult = { kind: 'failed', reason: 'server' };

describe('decideReconciliation', () => {
  it('adopts the ticket both lookups agree on', () => {
    expect(decideReconciliation(found('T1'), found('T1'))).toMatchObject({ kind: 'adopt', ticket: 'T1' });
  });

  it('adopts the ticket found under our reference when the number lookup could not be done', () => {
    expect(decideReconciliation(found('T1'), failed)).toMatchObject({ kind: 'adopt', ticket: 'T1' });
  });

  it('sends again only when both lookups answered and show nothing', () => {
    expect(decideReconciliation(none, none).kind).toBe('send');
    expect(decideReconciliation(none, failed).kind).toBe('undecided');
    expect(decideReconciliation(failed, none).kind).toBe('undecided');
    expect(decideReconciliation(failed, failed).kind).toBe('undecided');
  });

  it('stops for review when the lookups disagree or show several ports', () => {
    expect(decideReconciliation(found('T1'), found('T2')).kind).toBe('review');
    expect(decideReconciliation(found('T1'), none).kind).toBe('review');
    expect(decideReconciliation(none, found('T2')).kind).toBe('review');
    expect(decideReconciliation(found('T1', 'T2'), found('T1')).kind).toBe('review');
  });

  it('keeps the evidence as data, and describes it in one line for the log', () => {
    const { evidence } = decideReconciliation(found('T1'), found('T2'));
    expect(evidence).toEqual({ byReference: found('T1'), byNumber: found('T2') });
    expect(describeEvidence(evidence)).toBe('by reference: T1; by number: T2');
    expect(describeEvidence(decideReconciliation(none, failed).evidence)).toBe(
      'by reference: none; by number: lookup failed (server)',
    );
  });
});
