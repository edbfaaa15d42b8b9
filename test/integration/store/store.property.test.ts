// Random and malformed drafts, files and ids thrown at the store API: each call either succeeds or
// throws a structured StoreError; nothing else escapes, and a failed call changes nothing stored.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { draftKinds } from '../../../src-main/shared/domain/catalogue';
import { draftStatuses } from '../../../src-main/shared/domain/draft';
import { StoreError, type Store } from '../../../src-main/store/index';
import { tempStore } from './temp-store';

const t = tempStore();
afterAll(() => t.cleanup());

/** Every row of every store table, attachments by hash and size (their content is keyed by hash). */
function snapshot(store: Store): string {
  const tables = [
    'drafts',
    'draft_revisions',
    'draft_terms',
    'draft_attachment_refs',
    'reference_cache',
    'settings',
  ];
  const rows = tables.map((table) => store.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
  rows.push(
    store.db
      .prepare('SELECT sha256, name, mime_type, size, length(content) AS n FROM attachments ORDER BY sha256')
      .all(),
  );
  return JSON.stringify(rows, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v));
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', 'Côté', '(613) 555-0123'),
);
/** Drafts that are mostly well-formed, so some saves succeed and some fail deep inside. */
const plausibleData = fc.record(
  {
    customer: fc.record({ name: text, accountNumber: text }, { requiredKeys: [] }),
    numbers: fc.record(
      { toPort: fc.array(text, { maxLength: 8 }), changePilotNumber: fc.boolean() },
      { requiredKeys: [] },
    ),
    losingCarrier: fc.record(
      { providerId: fc.oneof(fc.integer(), fc.constant(null), fc.double()) },
      { requiredKeys: [] },
    ),
    attachments: fc.record(
      {
        lastInvoice: fc.array(
          fc.record({
            sha256: fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{64}$/)),
            name: text,
            mimeType: text,
            size: fc.oneof(fc.nat(), fc.integer()),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const anyData = fc.oneof(plausibleData, fc.anything(), fc.jsonValue());
const anyId = (known: () => string[]) =>
  fc.oneof(
    fc.constantFrom(...[0, 1, 2]).map((i) => known()[i % Math.max(1, known().length)] ?? 'none'),
    fc.string(),
    fc.uuid(),
    fc.anything(),
  );
const anyKind = fc.oneof(fc.constantFrom(...draftKinds), fc.string(), fc.anything());

type Call = (store: Store) => unknown;

describe('store under random input', () => {
  it('answers every call with a result or a StoreError, and a failure changes nothing', () => {
    const ids = () => t.store.drafts.list({ limit: 10 }).rows.map((r) => r.id);
    t.store.drafts.create('sipTrunkDids', { customer: { name: 'Seed' } });

    const calls: fc.Arbitrary<Call> = fc.oneof(
      fc.tuple(anyKind, anyData).map(
        ([kind, data]): Call =>
          (s) =>
            s.drafts.create(kind as never, data as never),
      ),
      fc
        .tuple(
          anyId(ids),
          anyData,
          fc.option(fc.oneof(fc.integer({ min: -1, max: 5 }), fc.anything()), { nil: undefined }),
        )
        .map(
          ([id, data, rev]): Call =>
            (s) =>
              s.drafts.save(id as never, data as never, rev as never),
        ),
      anyId(ids).map(
        (id): Call =>
          (s) =>
            s.drafts.get(id as never),
      ),
      fc.tuple(anyId(ids), fc.anything()).map(
        ([id, rev]): Call =>
          (s) =>
            s.drafts.restoreRevision(id as never, rev as never),
      ),
      anyId(ids).map(
        (id): Call =>
          (s) =>
            s.drafts.duplicate(id as never),
      ),
      anyId(ids).map(
        (id): Call =>
          (s) =>
            s.drafts.trash(id as never),
      ),
      anyId(ids).map(
        (id): Call =>
          (s) =>
            s.drafts.restoreFromTrash(id as never),
      ),
      fc.tuple(anyId(ids), fc.oneof(fc.constantFrom(...draftStatuses), fc.anything())).map(
        ([id, status]): Call =>
          (s) =>
            s.drafts.setStatus(id as never, status as never),
      ),
      fc.tuple(anyId(ids), fc.anything()).map(
        ([id, a]): Call =>
          (s) =>
            s.drafts.setArchived(id as never, a as never),
      ),
      fc.anything().map(
        (input): Call =>
          (s) =>
            s.drafts.list(input as never),
      ),
      fc.string().map(
        (query): Call =>
          (s) =>
            s.drafts.list({ query }),
      ),
      fc
        .record({
          name: fc.oneof(text, fc.anything()),
          mimeType: fc.oneof(text, fc.anything()),
          content: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.anything()),
        })
        .map(
          (file): Call =>
            (s) =>
              s.attachments.put(file as never),
        ),
      fc.anything().map(
        (sha): Call =>
          (s) =>
            s.attachments.get(sha as never),
      ),
      fc.anything().map(
        (bundle): Call =>
          (s) =>
            s.transfer.importDrafts(bundle),
      ),
      fc.array(anyId(ids), { maxLength: 3 }).map(
        (list): Call =>
          (s) =>
            s.transfer.exportDrafts(list as never),
      ),
      fc.tuple(fc.anything(), fc.anything()).map(
        ([kind, data]): Call =>
          (s) =>
            s.referenceCache.put(kind as never, data, new Date()),
      ),
      fc.tuple(fc.anything(), fc.anything()).map(
        ([key, value]): Call =>
          (s) =>
            s.settings.setJson(key as never, value),
      ),
    );

    let failures = 0;
    let successes = 0;
    fc.assert(
      fc.property(calls, (call) => {
        const before = snapshot(t.store);
        try {
          call(t.store);
          successes++;
        } catch (error) {
          if (!(error instanceof StoreError)) throw error;
          failures++;
          expect(snapshot(t.store)).toBe(before);
        }
      }),
      { numRuns: 600 },
    );
    expect(t.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Both paths were exercised.
    expect(successes).toBeGreaterThan(20);
    expect(failures).toBeGreaterThan(20);
  });
});
