// "What we know" about a request in needsReview: stored as data, read in the dealer's language when shown;
// a failed lookup's technical reason is kept apart; an older row's English sentence still shows.
import { describe, expect, it } from 'vitest';
import { decodeEvidence, encodeEvidence, evidenceView } from '../../../src-main/outbox/evidence-text';
import type { ReconcileEvidence } from '../../../src-main/outbox/reconcile-decision';

const contradiction: ReconcileEvidence = {
  byReference: { kind: 'found', tickets: ['P1234567'] },
  byNumber: { kind: 'none' },
};

describe('evidence text', () => {
  it('round-trips the evidence as data', () => {
    expect(decodeEvidence(encodeEvidence(contradiction))).toEqual(contradiction);
  });

  it('reads the same evidence in each language', () => {
    const stored = encodeEvidence(contradiction);
    expect(evidenceView(stored, 'en-CA')).toEqual({
      lines: [
        'The carrier’s port orders list this request under ticket P1234567.',
        'Looking the numbers up finds no port.',
      ],
      technical: null,
    });
    expect(evidenceView(stored, 'fr-CA')?.lines).toEqual([
      'Les commandes de transfert du fournisseur inscrivent cette demande sous le billet P1234567.',
      'La recherche par numéro ne trouve aucun transfert.',
    ]);
  });

  it('keeps a failed lookup’s reason for the technical details, out of the sentences', () => {
    const view = evidenceView(
      encodeEvidence({
        byReference: { kind: 'failed', reason: 'server — ServerError: boom' },
        byNumber: { kind: 'found', tickets: ['P1', 'P2'] },
      }),
      'fr-CA',
    );
    expect(view?.lines).toEqual([
      'Les commandes de transfert du fournisseur n’ont pas pu être consultées.',
      'La recherche par numéro trouve plusieurs billets\u00a0: P1, P2.',
    ]);
    expect(view?.lines.join(' ')).not.toContain('ServerError');
    expect(view?.technical).toBe('byReference: server — ServerError: boom');
  });

  it('shows an older row’s plain text as it is, and nothing for no evidence', () => {
    expect(evidenceView('by reference: T1; by number: none', 'fr-CA')).toEqual({
      lines: ['by reference: T1; by number: none'],
      technical: null,
    });
    expect(evidenceView(null, 'en-CA')).toBeNull();
    expect(evidenceView('{"v":1,"byReference":{"kind":"odd"}}', 'en-CA')?.lines).toEqual([
      '{"v":1,"byReference":{"kind":"odd"}}',
    ]);
  });
});
