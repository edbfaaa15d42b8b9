import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftDataSchema, type DraftData } from '../../../src-main/shared/domain/draft';
import {
  checkDraft,
  checkDraftAgainst,
  sectionsOf,
  serialize,
  type Section,
} from '../../../src-main/store/draft-json';
import { StoreError } from '../../../src-main/store/errors';
import { summarySections, summarySource } from '../../../src-main/store/search-terms';

const previous: DraftData = {
  customer: { name: 'Boulangerie Côté', accountNumber: 'A-1' },
  numbers: { toPort: ['613-555-0123'], changePilotNumber: false },
  comments: { portTeam: 'Appeler avant 9 h' },
  service: { dids: [{ number: '613-555-0123', label: 'Réception' }] },
};
const known = serialize(previous).sections;

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('checkDraftAgainst (a save of the draft being typed in)', () => {
  it('stores the whole draft when one section changed', () => {
    const next = { ...previous, comments: { portTeam: 'Appeler après 9 h' } };
    const checked = checkDraftAgainst(next, known);
    expect(checked.data).toEqual(next);
    expect(JSON.parse(checked.json)).toEqual(next);
    expect(checked.sections).toEqual(sectionsOf(next));
  });

  it('refuses a bad value in a changed section with the whole schema’s issues', () => {
    const bad = { ...previous, customer: { name: 42 } };
    const error = refusal(() => checkDraftAgainst(bad, known));
    expect(error.code).toBe('invalidDraft');
    expect(error.issues).toEqual([{ path: 'customer.name', key: 'shape.wrongType' }]);
    expect(error.issues).toEqual(refusal(() => checkDraft(bad)).issues);
  });

  it('refuses an unknown section, a non-object and a section that cannot be serialized', () => {
    expect(refusal(() => checkDraftAgainst({ ...previous, extra: {} }, known)).issues).toEqual([
      { path: 'extra', key: 'shape.unknownField' },
    ]);
    expect(refusal(() => checkDraftAgainst([previous], known)).code).toBe('invalidDraft');
    expect(refusal(() => checkDraftAgainst(null, known)).code).toBe('invalidDraft');
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(refusal(() => checkDraftAgainst({ ...previous, customer: cyclic }, known)).code).toBe(
      'invalidDraft',
    );
  });

  it('accepts exactly what the whole schema accepts, and stores only what it accepts', () => {
    // JSON values, as the renderer sends them; sections mixed from the previous save and random ones.
    const sectionNames = Object.keys(draftDataSchema.shape) as Section[];
    const anySection = fc.oneof(
      fc.jsonValue(),
      fc.record({ name: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
      fc.record({ toPort: fc.array(fc.string(), { maxLength: 3 }) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...sectionNames), fc.oneof(anySection, fc.constant('previous'))),
        (picked) => {
          const input = Object.fromEntries(
            Object.entries(picked).map(([k, v]) => [k, v === 'previous' ? previous[k as Section] : v]),
          );
          const clean = JSON.parse(JSON.stringify(input)) as unknown;
          const whole = draftDataSchema.safeParse(clean);
          let checked;
          try {
            checked = checkDraftAgainst(clean, known);
          } catch (error) {
            expect(error).toBeInstanceOf(StoreError);
            expect(whole.success).toBe(false);
            return;
          }
          expect(whole.success).toBe(true);
          expect(draftDataSchema.safeParse(JSON.parse(checked.json)).success).toBe(true);
          expect(JSON.parse(checked.json)).toEqual(clean);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('summarySections', () => {
  it('lists every section summarySource reads', () => {
    const others = (Object.keys(draftDataSchema.shape) as Section[]).filter(
      (s) => !(summarySections as readonly Section[]).includes(s),
    );
    const full: DraftData = {
      ...previous,
      target: { pilotNumber: '819-555-0000' },
      service: { lines: [{ number: '418-555-1111' }], forwards: [{ number: '450-555-2222' }] },
    };
    fc.assert(
      fc.property(fc.constantFrom(...others), fc.jsonValue(), (section, value) => {
        expect(summarySource({ ...full, [section]: value } as DraftData)).toBe(summarySource(full));
      }),
    );
    // And a change in each listed section does change it.
    expect(summarySource({ ...full, customer: { name: 'Autre' } })).not.toBe(summarySource(full));
    expect(summarySource({ ...full, numbers: { toPort: ['1'] } })).not.toBe(summarySource(full));
    expect(summarySource({ ...full, target: {} })).not.toBe(summarySource(full));
    expect(summarySource({ ...full, service: {} })).not.toBe(summarySource(full));
  });
});
