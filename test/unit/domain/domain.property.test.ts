// Random and malformed input never makes the domain throw: it answers with issues or a result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest, DraftNotReadyError } from '../../../src-main/shared/domain/build-request';
import { catalogue, draftKinds } from '../../../src-main/shared/domain/catalogue';
import { bodySchemaFor } from '../../../src-main/shared/domain/contract';
import { isMessageKey } from '../../../src-main/shared/domain/messages';
import { normalizeNumber, parseNumberList } from '../../../src-main/shared/domain/numbers';
import { splitByNature } from '../../../src-main/shared/domain/split';
import { validateDraftShape, validateReady } from '../../../src-main/shared/domain/validation';
import { fixtureToday, readyDraftFor } from './fixtures';

const numberish = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[+1(]?[2-9]\d{2}[) .-]?\d{3}[ .-]?\d{4}$/),
  fc.constantFrom('800-555-0199', '613 555 0123', '', 'abc', '+44 20 7946 0958', '613-555-0123 x2'),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', 'QC', 'CA', 'US', 'H2X 3K2', 'a@b.ca'),
);
const sha = fc.stringMatching(/^[0-9a-f]{64}$/);
const attachmentRef = fc.record({
  sha256: sha,
  name: text,
  mimeType: text,
  size: fc.integer({ min: 0, max: 10_000 }),
});

/** Drafts that pass the shape check but are otherwise random. */
const shapedDraft = fc.record(
  {
    target: fc.record(
      { pilotNumber: numberish, offeringId: text, offeringType: fc.constantFrom(null, 1, 2, 3, 4, 5, 6, 7) },
      { requiredKeys: [] },
    ),
    customer: fc.record({ name: text, accountNumber: text }, { requiredKeys: [] }),
    address: fc.record(
      { streetNumber: text, streetName: text, city: text, province: text, postalCode: text, country: text },
      { requiredKeys: [] },
    ),
    losingCarrier: fc.record({ providerId: fc.option(fc.integer()), reseller: text }, { requiredKeys: [] }),
    numbers: fc.record(
      {
        toPort: fc.array(numberish, { maxLength: 6 }),
        toRemain: fc.array(numberish, { maxLength: 3 }),
        changePilotNumber: fc.boolean(),
        newPilotNumber: numberish,
      },
      { requiredKeys: [] },
    ),
    schedule: fc.record(
      {
        date: fc.oneof(text, fc.constantFrom('2026-03-04', '2026-02-30', '1999-01-01')),
        time: fc.oneof(text, fc.constant('14:30')),
      },
      { requiredKeys: [] },
    ),
    contacts: fc.record(
      { email: text, additionalEmails: fc.array(text, { maxLength: 3 }), submitterPhone: numberish },
      { requiredKeys: [] },
    ),
    extraDetails: fc.array(fc.record({ key: text, value: text }), { maxLength: 3 }),
    attachments: fc.record(
      {
        letterOfAuthorization: fc.array(attachmentRef, { maxLength: 2 }),
        respOrgForm: fc.array(attachmentRef, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    service: fc.record(
      {
        dids: fc.array(
          fc.record({ number: numberish, label: text, surecall: numberish }, { requiredKeys: [] }),
          { maxLength: 3 },
        ),
        lines: fc.array(
          fc.record(
            { number: numberish, account: text, planId: text, locale: fc.constantFrom(null, 0, 5) },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        forwards: fc.array(
          fc.record(
            { number: numberish, account: text, planId: text, callForwardingNumber: numberish },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        forwardingInstructions: fc.array(
          fc.record({ number: numberish, forwardTo: numberish }, { requiredKeys: [] }),
          { maxLength: 3 },
        ),
        faxEmail: text,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const kind = fc.constantFrom(...draftKinds);

describe('property: nothing throws unhandled', () => {
  it('validateDraftShape answers for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDraftShape(value);
        if (!result.ok) for (const issue of result.issues) expect(isMessageKey(issue.key)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('validateReady answers with known message keys for any shaped draft', () => {
    fc.assert(
      fc.property(shapedDraft, kind, (data, draftKind) => {
        const shape = validateDraftShape(data);
        expect(shape.ok).toBe(true);
        if (!shape.ok) return;
        const result = validateReady(draftKind, shape.data, {
          today: fixtureToday,
          npanxx: [514555],
          providers: [{ ID: 1 }],
        });
        for (const issue of [...result.errors, ...result.warnings])
          expect(isMessageKey(issue.key)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('buildRequest after validation either builds a contract-valid body or throws DraftNotReadyError', () => {
    fc.assert(
      fc.property(shapedDraft, kind, (data, draftKind) => {
        const shape = validateDraftShape(data);
        if (!shape.ok) return;
        const ready = validateReady(draftKind, shape.data, { today: fixtureToday });
        try {
          const built = buildRequest({ id: 'p', kind: draftKind, data: shape.data }, new Map());
          expect(ready.errors).toEqual([]);
          expect(bodySchemaFor(built.entry.body).safeParse(built.body).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DraftNotReadyError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a ready fixture with random extra numbers and rows still builds or reports', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogue.map((entry) => entry.id)),
        fc.array(numberish, { maxLength: 4 }),
        (id, extra) => {
          const draft = readyDraftFor(id);
          draft.data.numbers?.toPort?.push(...extra);
          const ready = validateReady(draft.kind, draft.data, { today: fixtureToday });
          if (ready.errors.length === 0) {
            const built = buildRequest(draft, draft.files);
            expect(JSON.parse(built.bodyJson)).toEqual(built.body);
          } else {
            expect(() => buildRequest(draft, draft.files)).toThrow(DraftNotReadyError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parseNumberList accounts for every entry and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(numberish, { maxLength: 20 }),
        fc.constantFrom('\n', ',', ';', '\t', '\r\n'),
        (entries, separator) => {
          const result = parseNumberList(entries.join(separator));
          for (const number of result.numbers) expect(number).toMatch(/^[2-9]\d{2}[2-9]\d{6}$/);
          expect(new Set(result.numbers).size).toBe(result.numbers.length);
          for (const rejected of result.rejected) expect(normalizeNumber(rejected.input)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (value) => void parseNumberList(value)),
      { numRuns: 500 },
    );
  });

  it('splitByNature keeps every number to port in exactly one half', () => {
    fc.assert(
      fc.property(fc.array(numberish, { maxLength: 8 }), (toPort) => {
        const split = splitByNature({ numbers: { toPort } });
        if (!split) return;
        const halves = [...(split.regular.numbers?.toPort ?? []), ...(split.tollFree.numbers?.toPort ?? [])];
        expect(halves.sort()).toEqual([...toPort].sort());
      }),
      { numRuns: 300 },
    );
  });
});
