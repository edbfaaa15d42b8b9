// The reconciliation evidence of an item in needsReview ("what we know"), stored as data and put in the
// dealer's words only when it is shown, like the outbox's last error (outbox-error-text.ts). Rows written
// before evidence was stored as data hold an English sentence: those are shown as they are.
import { translate, type Locale, type MessageKey } from '../shared/domain/messages';
import type { EvidenceView } from '../shared/domain/outbox-views';
import type { LookupResult, ReconcileEvidence } from './reconcile-decision';

/** The stored form: versioned, so a later shape can be told from this one. */
interface StoredEvidence extends ReconcileEvidence {
  v: 1;
}

export function encodeEvidence(evidence: ReconcileEvidence): string {
  const stored: StoredEvidence = { v: 1, ...evidence };
  return JSON.stringify(stored);
}

function isLookup(value: unknown): value is LookupResult {
  if (typeof value !== 'object' || value === null) return false;
  const lookup = value as { kind?: unknown; tickets?: unknown; reason?: unknown };
  if (lookup.kind === 'none') return true;
  if (lookup.kind === 'found') {
    return Array.isArray(lookup.tickets) && lookup.tickets.every((ticket) => typeof ticket === 'string');
  }
  return lookup.kind === 'failed' && typeof lookup.reason === 'string';
}

/** The stored evidence as data, or null for an older row's plain text (or nothing usable). */
export function decodeEvidence(stored: string): ReconcileEvidence | null {
  try {
    const parsed = JSON.parse(stored) as Partial<StoredEvidence> | null;
    if (parsed?.v === 1 && isLookup(parsed.byReference) && isLookup(parsed.byNumber)) {
      return { byReference: parsed.byReference, byNumber: parsed.byNumber };
    }
  } catch {
    // Not JSON: an older row's sentence.
  }
  return null;
}

const keys = {
  byReference: {
    found: 'evidence.byReference.found',
    none: 'evidence.byReference.none',
    failed: 'evidence.byReference.failed',
  },
  byNumber: {
    found: 'evidence.byNumber.found',
    none: 'evidence.byNumber.none',
    failed: 'evidence.byNumber.failed',
  },
} as const satisfies Record<keyof ReconcileEvidence, Record<LookupResult['kind'], MessageKey>>;

function sentence(locale: Locale, lookup: keyof ReconcileEvidence, result: LookupResult): string {
  const key = keys[lookup][result.kind];
  if (result.kind !== 'found') return translate(locale, key);
  return translate(locale, key, { count: result.tickets.length, tickets: result.tickets.join(', ') });
}

/** What the dealer reads under "What we know"; null when there is no evidence. */
export function evidenceView(stored: string | null, locale: Locale): EvidenceView | null {
  if (stored === null || stored.trim() === '') return null;
  const evidence = decodeEvidence(stored);
  if (evidence === null) return { lines: [stored], technical: null };
  const failures = (['byReference', 'byNumber'] as const).flatMap((lookup) => {
    const result = evidence[lookup];
    return result.kind === 'failed' ? [`${lookup}: ${result.reason}`] : [];
  });
  return {
    lines: [
      sentence(locale, 'byReference', evidence.byReference),
      sentence(locale, 'byNumber', evidence.byNumber),
    ],
    technical: failures.length > 0 ? failures.join('\n') : null,
  };
}
