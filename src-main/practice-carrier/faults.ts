// Fault injection for the practice carrier: what a real network and a real carrier do on a bad day.
// Counted faults apply to the next N matching requests; `unauthorized`, `statusNotFound` and `latencyMs` last
// until cleared;
// the random mode draws from a seeded generator so a mixed-fault test replays the same way every run.
import { z } from 'zod';

export const randomFaultKinds = [
  'serverError',
  'rateLimit',
  'dropAfterRecord',
  'dropBeforeRecord',
  'hang',
] as const;
export type RandomFaultKind = (typeof randomFaultKinds)[number];

export const faultSettingsSchema = z
  .object({
    /** Added before every answer (and before a fault). */
    latencyMs: z.int().min(0).max(600_000),
    /** The next N matching requests answer 500 with an Exception body. */
    serverErrors: z.int().min(0),
    /** The next N matching requests answer 429 with Retry-After: retryAfterSeconds. */
    rateLimits: z.int().min(0),
    retryAfterSeconds: z.int().min(0),
    /** Every request answers 401 until this is cleared (the password was changed at the carrier). */
    unauthorized: z.boolean(),
    /**
     * Until cleared, a port's status (by ticket and by number) answers 404 NotFound, as a carrier does for a
     * ticket it lost or has not indexed yet; port submissions and the dashboard still answer normally.
     */
    statusNotFound: z.boolean(),
    /**
     * The next N valid port submissions are recorded (the port IS accepted, with a ticket) and then the
     * connection is destroyed without an answer: the case that makes exactly-once submission hard.
     */
    dropAfterRecord: z.int().min(0),
    /** The next N matching requests: the body is read, then the connection is destroyed; nothing recorded. */
    dropBeforeRecord: z.int().min(0),
    /** The next N matching requests are never answered: the connection stays open until the client gives up. */
    hang: z.int().min(0),
    /** Which requests the counted and random faults apply to: every API request, or only port submissions. */
    target: z.enum(['all', 'ports']),
    random: z
      .object({
        seed: z.int(),
        /** 0..1: the chance that a matching request gets a fault. */
        probability: z.number().min(0).max(1),
        kinds: z.array(z.enum(randomFaultKinds)).min(1),
      })
      .strict()
      .nullable(),
  })
  .strict();

export type FaultSettings = z.infer<typeof faultSettingsSchema>;
export const faultUpdateSchema = faultSettingsSchema.partial();
export type FaultUpdate = z.infer<typeof faultUpdateSchema>;

export function noFaults(): FaultSettings {
  return {
    latencyMs: 0,
    serverErrors: 0,
    rateLimits: 0,
    retryAfterSeconds: 1,
    unauthorized: false,
    statusNotFound: false,
    dropAfterRecord: 0,
    dropBeforeRecord: 0,
    hang: 0,
    target: 'all',
    random: null,
  };
}

export interface FaultControl {
  /** Merges into the current settings (counts are replaced, not added). Setting `random` reseeds it. */
  set(update: FaultUpdate): FaultSettings;
  clear(): FaultSettings;
  get(): FaultSettings;
}

/** What happens to one request before it is handled. */
export type FaultDecision =
  | { kind: 'none' }
  /** Handle the port; once it is recorded, destroy the connection instead of answering. */
  | { kind: 'dropAfterRecord'; counted: boolean }
  | { kind: 'serverError' }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  | { kind: 'dropBeforeRecord' }
  | { kind: 'hang' };

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultState extends FaultControl {
  /** Consumes counted faults for one request. `isPort`: a port submission. */
  decide(isPort: boolean): FaultDecision;
  /** A port flagged dropAfterRecord was recorded: now the counted fault is used up. */
  recorded(decision: FaultDecision): void;
}

export function createFaultState(): FaultState {
  let settings = noFaults();
  let random: (() => number) | null = null;

  function apply(next: FaultSettings): FaultSettings {
    settings = next;
    random = next.random ? seededRandom(next.random.seed) : null;
    return { ...settings };
  }

  return {
    set(update) {
      const parsed = faultUpdateSchema.parse(update);
      const merged = { ...settings, ...parsed };
      if (!('random' in parsed)) {
        // Keep the running sequence when only other settings change.
        settings = merged;
        return { ...settings };
      }
      return apply(merged);
    },
    clear: () => apply(noFaults()),
    get: () => ({ ...settings }),
    decide(isPort) {
      if (settings.target === 'ports' && !isPort) return { kind: 'none' };
      if (settings.hang > 0) {
        settings.hang -= 1;
        return { kind: 'hang' };
      }
      if (settings.dropBeforeRecord > 0) {
        settings.dropBeforeRecord -= 1;
        return { kind: 'dropBeforeRecord' };
      }
      if (settings.rateLimits > 0) {
        settings.rateLimits -= 1;
        return { kind: 'rateLimit', retryAfterSeconds: settings.retryAfterSeconds };
      }
      if (settings.serverErrors > 0) {
        settings.serverErrors -= 1;
        return { kind: 'serverError' };
      }
      if (isPort && settings.dropAfterRecord > 0) {
        // Consumed only when the port is actually recorded (see the server): an invalid body gets its 400.
        return { kind: 'dropAfterRecord', counted: true };
      }
      if (random && settings.random && random() < settings.random.probability) {
        const kinds = settings.random.kinds;
        const kind = kinds[Math.floor(random() * kinds.length)] ?? 'serverError';
        if (kind === 'rateLimit') return { kind, retryAfterSeconds: settings.retryAfterSeconds };
        if (kind === 'dropAfterRecord') {
          return isPort ? { kind: 'dropAfterRecord', counted: false } : { kind: 'dropBeforeRecord' };
        }
        return { kind };
      }
      return { kind: 'none' };
    },
    recorded(decision) {
      if (decision.kind === 'dropAfterRecord' && decision.counted && settings.dropAfterRecord > 0) {
        settings.dropAfterRecord -= 1;
      }
    },
  };
}
