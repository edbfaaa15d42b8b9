// The editor's safety net in the database (draft-stash.ts): what was typed and not saved comes back, in
// the order it was typed whatever order the stashes arrive in, and never over a newer save or someone
// else's write.
import { afterEach, describe, expect, it } from 'vitest';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore | undefined;
afterEach(() => t?.cleanup());

const name = (value: string) => ({ customer: { name: value } });

function opened() {
  t = tempStore();
  const draft = t.store.drafts.create('sipTrunkDids', name('Avant'));
  return { store: t.store, id: draft.id, revision: draft.revision };
}

describe('the stash', () => {
  it('brings back what was typed after the last save, and nothing once a save covers it', () => {
    const { store, id, revision } = opened();
    expect(store.drafts.stash.get(id)).toBeNull();
    expect(store.drafts.stash.put(id, { session: 'a', edit: 1 }, revision, name('Tapé 1'))).toBe(true);
    expect(store.drafts.stash.put(id, { session: 'a', edit: 2 }, revision, name('Tapé 12'))).toBe(true);
    expect(store.drafts.stash.get(id)).toEqual({ data: name('Tapé 12'), revision });

    const saved = store.drafts.save(id, name('Tapé 12'), undefined, 'input', { session: 'a', edit: 2 });
    expect(store.drafts.stash.get(id)).toBeNull();
    expect(store.drafts.get(id)).toMatchObject({ revision: saved.revision, data: name('Tapé 12') });
  });

  it('keeps a stash newer than the save on its way, moved onto the saved revision', () => {
    const { store, id, revision } = opened();
    store.drafts.stash.put(id, { session: 'a', edit: 3 }, revision, name('Tapé 123'));
    // The save of edit 2 reaches the store after the stash of edit 3.
    const saved = store.drafts.save(id, name('Tapé 12'), undefined, 'input', { session: 'a', edit: 2 });
    expect(saved.revision).toBeGreaterThan(revision);
    expect(store.drafts.stash.get(id)).toEqual({ data: name('Tapé 123'), revision: saved.revision });
  });

  it('ignores a stash arriving after a newer one or after the save that covers it', () => {
    const { store, id, revision } = opened();
    store.drafts.stash.put(id, { session: 'a', edit: 5 }, revision, name('Tapé 12345'));
    expect(store.drafts.stash.put(id, { session: 'a', edit: 4 }, revision, name('Tapé 1234'))).toBe(false);
    expect(store.drafts.stash.get(id)?.data).toEqual(name('Tapé 12345'));

    const saved = store.drafts.save(id, name('Tapé 12345'), undefined, 'input', { session: 'a', edit: 5 });
    expect(store.drafts.stash.put(id, { session: 'a', edit: 5 }, revision, name('Tapé 12345'))).toBe(false);
    expect(store.drafts.stash.get(id)).toBeNull();
    // The same editor's stash built on an older revision, still on its way when its own save landed.
    expect(store.drafts.stash.put(id, { session: 'a', edit: 6 }, revision, name('Tapé 123456'))).toBe(true);
    expect(store.drafts.stash.get(id)).toEqual({ data: name('Tapé 123456'), revision: saved.revision });
  });

  it('lets a new opening of the draft replace the stash of a window that died', () => {
    const { store, id, revision } = opened();
    store.drafts.stash.put(id, { session: 'dead', edit: 40 }, revision, name('Avant la panne'));
    expect(store.drafts.stash.put(id, { session: 'new', edit: 1 }, revision, name('Après'))).toBe(true);
    expect(store.drafts.stash.get(id)?.data).toEqual(name('Après'));
  });

  it('drops a stash once anything else wrote the draft since (a restored revision)', () => {
    const { store, id, revision } = opened();
    t?.clock.advance(120_000);
    store.drafts.save(id, name('Deuxième'));
    store.drafts.stash.put(id, { session: 'a', edit: 1 }, revision + 1, name('Deuxième, tapé'));
    t?.clock.advance(120_000);
    store.drafts.restoreRevision(id, revision);
    expect(store.drafts.stash.get(id)).toBeNull();
    // A stash of another editor built on the revision before that write is not taken either.
    expect(store.drafts.stash.put(id, { session: 'b', edit: 1 }, revision + 1, name('Vieux'))).toBe(false);
    expect(store.db.prepare('SELECT data FROM draft_stash').all()).toEqual([{ data: null }]);
  });

  it('refuses a stash for a draft that can no longer be edited, and forgets the one it had', () => {
    const { store, id, revision } = opened();
    store.drafts.stash.put(id, { session: 'a', edit: 1 }, revision, name('Tapé'));
    store.drafts.setStatus(id, 'queued');
    expect(() => store.drafts.stash.put(id, { session: 'a', edit: 2 }, revision, name('Tapé 2'))).toThrow(
      expect.objectContaining({ code: 'draftLocked' }),
    );
    expect(store.drafts.stash.get(id)).toBeNull();
    expect(store.db.prepare('SELECT data FROM draft_stash').all()).toEqual([{ data: null }]);
  });

  it('answers notFound and invalidInput like every other drafts call', () => {
    const { store, id, revision } = opened();
    expect(() => store.drafts.stash.get('nope')).toThrow(expect.objectContaining({ code: 'notFound' }));
    expect(() => store.drafts.stash.put(id, { session: '', edit: 1 }, revision, {})).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
    expect(() => store.drafts.save(id, {}, undefined, 'input', { session: 'a', edit: -1 })).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
    // A save refused for its stamp saved nothing.
    expect(store.drafts.get(id).data).toEqual(name('Avant'));
  });
});
