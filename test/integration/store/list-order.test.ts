// The drafts list sorted by "updated" must be exactly the order of the drafts' `updated`, although
// the draft being typed in is autosaved without touching the list's sort index (hot-draft.ts).
// Random sequences of autosaves, renames, new drafts, archiving, trash and clock changes (backwards
// too), checked after every step against the order computed from what get() returns.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import type { Store } from '../../../src-main/store/index';
import { tempStore, type TempStore } from './temp-store';

type Step =
  | { op: 'type'; draft: number; text: string; saves: number }
  | { op: 'rename'; draft: number; name: string }
  | { op: 'create' }
  | { op: 'archive'; draft: number; archived: boolean }
  | { op: 'trash'; draft: number }
  | { op: 'untrash'; draft: number }
  | { op: 'status'; draft: number; status: 'draft' | 'ready' | 'submitted' }
  | { op: 'clock'; ms: number };

const draftIndex = fc.nat({ max: 5 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('type' as const),
      draft: draftIndex,
      text: fc.string(),
      saves: fc.integer({ min: 1, max: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('rename' as const), draft: draftIndex, name: fc.string() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('create' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('archive' as const), draft: draftIndex, archived: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('trash' as const), draft: draftIndex }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('untrash' as const), draft: draftIndex }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('status' as const),
      draft: draftIndex,
      status: fc.constantFrom('draft' as const, 'ready' as const, 'submitted' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('clock' as const),
      // Mostly the few hundred ms between autosaves; sometimes a minute or more, sometimes backwards.
      ms: fc.oneof(fc.integer({ min: 0, max: 900 }), fc.integer({ min: -120_000, max: 120_000 })),
    }),
  },
);

let t: TempStore | undefined;
afterEach(() => t?.cleanup());

const data = (name: string, comments = ''): DraftData => ({
  customer: { name },
  numbers: { toPort: ['613-555-0123'] },
  comments: { portTeam: comments },
});

/** Runs a step; refusals (a locked or trashed draft) are part of the game. */
function apply(store: Store, ids: string[], names: Map<string, string>, s: Step, clock: TempStore['clock']) {
  const id = 'draft' in s ? ids[s.draft % ids.length] : undefined;
  try {
    switch (s.op) {
      case 'type':
        // A burst of autosaves 300 ms apart, as the editor sends them.
        for (let i = 0; id && i < s.saves; i++) {
          if (i > 0) clock.advance(300);
          store.drafts.save(id, data(names.get(id) ?? '', `${s.text}${i}`));
        }
        break;
      case 'rename':
        if (id) {
          names.set(id, s.name);
          store.drafts.save(id, data(s.name));
        }
        break;
      case 'create': {
        const created = store.drafts.create('virtualFax', data('new'));
        ids.push(created.id);
        names.set(created.id, 'new');
        break;
      }
      case 'archive':
        if (id) store.drafts.setArchived(id, s.archived);
        break;
      case 'trash':
        if (id) store.drafts.trash(id);
        break;
      case 'untrash':
        if (id) store.drafts.restoreFromTrash(id);
        break;
      case 'status':
        if (id) store.drafts.setStatus(id, s.status);
        break;
      case 'clock':
        clock.advance(s.ms);
        break;
    }
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'StoreError') throw error;
  }
}

const hot = (store: Store) =>
  (store.db.prepare('SELECT id FROM drafts WHERE hot = 1').get() as { id: string } | undefined)?.id;
const revisionOf = (store: Store, id: string | undefined) =>
  (store.db.prepare('SELECT revision FROM drafts WHERE id = ?').get(id) as { revision: number } | undefined)
    ?.revision ?? 0;

describe('drafts list order', () => {
  it('is the order of `updated` after every autosave, rename, archive, trash and clock change', () => {
    let hotAutosaves = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        t?.cleanup();
        t = tempStore();
        const store = t.store;
        const ids: string[] = [];
        const names = new Map<string, string>();
        for (let i = 0; i < 3; i++) apply(store, ids, names, { op: 'create' }, t.clock);
        for (const s of steps) {
          const revisionBefore = s.op === 'type' ? revisionOf(store, ids[s.draft % ids.length]) : 0;
          apply(store, ids, names, s, t.clock);
          // Saves after the first of a burst, once the draft is hot, take the one-row path.
          if (s.op === 'type' && hot(store) === ids[s.draft % ids.length])
            hotAutosaves += revisionOf(store, ids[s.draft % ids.length]) - revisionBefore - 1;
          for (const archived of [false, true]) {
            for (const direction of ['desc', 'asc'] as const) {
              const listed = store.drafts.list({ archived, direction, sort: 'updated', limit: 500 }).rows;
              // Expected: by updated, ties by creation order (the drafts' seq), in the same direction.
              const expected = listed
                .map((row) => ({
                  id: row.id,
                  updated: store.drafts.get(row.id).updated,
                  n: ids.indexOf(row.id),
                }))
                .sort((a, b) => (a.updated === b.updated ? a.n - b.n : a.updated < b.updated ? -1 : 1));
              if (direction === 'desc') expected.reverse();
              expect(listed.map((r) => r.id)).toEqual(expected.map((e) => e.id));
              expect(listed.map((r) => r.updated)).toEqual(expected.map((e) => e.updated));
            }
          }
        }
      }),
      { numRuns: 60 },
    );
    // The test means something only if autosaves took the one-row path on a hot draft.
    expect(hotAutosaves).toBeGreaterThan(50);
  });
});
