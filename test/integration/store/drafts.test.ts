import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { StoreError } from '../../../src-main/store/index';
import { tempStore, type TempStore } from './temp-store';

const dataFor = (name: string, numbers: string[] = ['613-555-0123']): DraftData => ({
  customer: { name },
  numbers: { toPort: numbers },
});

function storeError(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

describe('drafts', () => {
  it('creates a draft the dealer can read back after the app restarts', () => {
    const created = t.store.drafts.create('sipTrunkDids', dataFor('Jean Côté'));
    expect(created).toMatchObject({
      kind: 'sipTrunkDids',
      title: 'Jean Côté',
      status: 'draft',
      revision: 1,
      ticket: null,
      archived: false,
      editable: true,
      created: '2026-03-02T14:00:00.000Z',
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    t.reopen();
    expect(t.store.drafts.get(created.id)).toEqual(created);
  });

  it('autosaves the whole draft, each save a new revision', () => {
    const { id } = t.store.drafts.create('residentialLine', dataFor('A'));
    t.clock.advance(1000);
    const saved = t.store.drafts.save(id, dataFor('B', ['819 555 1234']), 1);
    expect(saved).toMatchObject({ revision: 2, title: 'B', updated: '2026-03-02T14:00:01.000Z' });
    expect(saved.data).toEqual(dataFor('B', ['819 555 1234']));
    expect(t.store.drafts.get(id)).toEqual(saved);
    t.clock.advance(300);
    // A save that changes neither the name nor the numbers (the common autosave).
    const next = { ...dataFor('B', ['819 555 1234']), comments: { portTeam: 'Appeler avant 9 h' } };
    const again = t.store.drafts.save(id, next, 2);
    expect(again).toMatchObject({ revision: 3, title: 'B', updated: '2026-03-02T14:00:01.300Z', data: next });
    // The one-row autosave still checks what changed, and a refusal leaves the last good save.
    const bad = { ...next, comments: { portTeam: 9 } } as never;
    expect(storeError(() => t.store.drafts.save(id, bad, 3)).issues).toEqual([
      { path: 'comments.portTeam', key: 'shape.wrongType' },
    ]);
    expect(storeError(() => t.store.drafts.save(id, next, 2)).code).toBe('revisionConflict');
    expect(t.store.drafts.get(id)).toEqual(again);
    t.reopen();
    expect(t.store.drafts.get(id)).toEqual(again);
    expect(t.store.drafts.list().rows).toEqual([
      expect.objectContaining({ id, title: 'B', numbers: ['819 555 1234'], updated: again.updated }),
    ]);
  });

  it('refuses a save of the wrong shape and keeps the last good save', () => {
    const { id } = t.store.drafts.create('residentialLine', dataFor('A'));
    const error = storeError(() => t.store.drafts.save(id, { customer: { name: 42 } } as never));
    expect(error.code).toBe('invalidDraft');
    expect(error.key).toBe('error.invalidDraft');
    expect(error.issues).toEqual([{ path: 'customer.name', key: 'shape.wrongType' }]);
    expect(t.store.drafts.get(id)).toMatchObject({ revision: 1, data: dataFor('A') });
  });

  it('refuses a save against a stale revision', () => {
    const { id } = t.store.drafts.create('residentialLine', dataFor('A'));
    t.store.drafts.save(id, dataFor('B'), 1);
    const error = storeError(() => t.store.drafts.save(id, dataFor('C'), 1));
    expect(error.code).toBe('revisionConflict');
    expect(error.params).toMatchObject({ expected: 1, actual: 2 });
    expect(t.store.drafts.get(id).data).toEqual(dataFor('B'));
  });

  it('locks drafts past "ready"; a copy is editable with identical data', () => {
    const { id } = t.store.drafts.create('businessLine', dataFor('A'));
    t.store.drafts.setStatus(id, 'ready');
    expect(t.store.drafts.save(id, dataFor('A2')).revision).toBe(2);
    const queued = t.store.drafts.setStatus(id, 'submitted');
    expect(queued.editable).toBe(false);
    expect(storeError(() => t.store.drafts.save(id, dataFor('X'))).code).toBe('draftLocked');
    const copy = t.store.drafts.duplicate(id);
    expect(copy).toMatchObject({
      status: 'draft',
      editable: true,
      revision: 1,
      data: dataFor('A2'),
      ticket: null,
    });
    expect(copy.id).not.toBe(id);
  });

  it('reports unknown ids as notFound and bad ids as invalidInput', () => {
    expect(storeError(() => t.store.drafts.get('nope')).code).toBe('notFound');
    expect(storeError(() => t.store.drafts.save('nope', {})).code).toBe('notFound');
    expect(storeError(() => t.store.drafts.get(42 as never)).code).toBe('invalidInput');
    expect(storeError(() => t.store.drafts.create('fax' as never, {})).code).toBe('invalidInput');
  });

  it('keeps a history point per minute of typing, not one per autosave', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('rev 1'));
    // Two minutes of typing, an autosave every 400 ms: revisions 2 to 301.
    for (let r = 2; r <= 301; r++) {
      t.clock.advance(400);
      t.store.drafts.save(id, dataFor(`rev ${r}`), r - 1);
    }
    // The first save kept the state as created; 60 s later (150 saves) the state before that save.
    expect(t.store.drafts.revisions(id)).toEqual([
      { revision: 301, updated: '2026-03-02T14:02:00.000Z', title: 'rev 301' },
      { revision: 151, updated: '2026-03-02T14:01:00.000Z', title: 'rev 151' },
      { revision: 1, updated: '2026-03-02T14:00:00.000Z', title: 'rev 1' },
    ]);
    const restored = t.store.drafts.restoreRevision(id, 151);
    expect(restored).toMatchObject({ revision: 302, title: 'rev 151', data: dataFor('rev 151') });
    // The state the restore replaced was kept first, so the restore can be undone.
    expect(t.store.drafts.revisions(id).map((r) => r.revision)).toEqual([302, 301, 151, 1]);
    expect(t.store.drafts.restoreRevision(id, 301).data).toEqual(dataFor('rev 301'));
  });

  it('keeps the 20 newest history points, newest first, and restores one as a new save', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('rev 1'));
    // A pause longer than the window before each save: every save keeps the state before it.
    for (let r = 2; r <= 30; r++) {
      t.clock.advance(61_000);
      t.store.drafts.save(id, dataFor(`rev ${r}`));
    }
    const revisions = t.store.drafts.revisions(id);
    // The current state, then the 20 kept points (revisions 10 to 29).
    expect(revisions.map((r) => r.revision)).toEqual(Array.from({ length: 21 }, (_, i) => 30 - i));
    expect(revisions[0]).toMatchObject({ title: 'rev 30' });
    expect(revisions[1]).toMatchObject({ title: 'rev 29' });
    expect(storeError(() => t.store.drafts.restoreRevision(id, 9)).code).toBe('notFound');
    expect(storeError(() => t.store.drafts.restoreRevision(id, 99)).code).toBe('notFound');
    // Restoring the oldest kept point: the state it replaces becomes a point and the oldest goes.
    const restored = t.store.drafts.restoreRevision(id, 10);
    expect(restored).toMatchObject({ revision: 31, title: 'rev 10', data: dataFor('rev 10') });
    t.reopen();
    expect(t.store.drafts.get(id)).toEqual(restored);
    expect(t.store.drafts.revisions(id).map((r) => r.revision)).toEqual(
      Array.from({ length: 21 }, (_, i) => 31 - i),
    );
    expect(t.store.drafts.restoreRevision(id, 11).data).toEqual(dataFor('rev 11'));
    expect(t.store.drafts.list({ query: 'rev 11' }).rows.map((r) => r.id)).toEqual([id]);
  });

  it('keeps a history point when the computer clock was set back', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('rev 1'));
    t.store.drafts.save(id, dataFor('rev 2'));
    t.clock.advance(-3_600_000);
    t.store.drafts.save(id, dataFor('rev 3'));
    t.clock.advance(400);
    t.store.drafts.save(id, dataFor('rev 4'));
    expect(t.store.drafts.revisions(id).map((r) => r.revision)).toEqual([4, 2, 1]);
  });

  it('archives and unarchives', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('A'));
    expect(t.store.drafts.setArchived(id, true).archived).toBe(true);
    expect(t.store.drafts.list().total).toBe(0);
    expect(t.store.drafts.list({ archived: true }).rows.map((r) => r.id)).toEqual([id]);
    expect(t.store.drafts.setArchived(id, false).archived).toBe(false);
    expect(t.store.drafts.list().total).toBe(1);
  });

  it('trashes, lists the trash, restores, and purges after 30 days', () => {
    const keep = t.store.drafts.create('virtualFax', dataFor('Keep')).id;
    const gone = t.store.drafts.create('virtualFax', dataFor('Gone')).id;
    const trashed = t.store.drafts.trash(gone);
    expect(trashed).toEqual({ id: gone, deletedAt: '2026-03-02T14:00:00.000Z' });
    expect(t.store.drafts.list().rows.map((r) => r.id)).toEqual([keep]);
    expect(t.store.drafts.listTrash()).toEqual([
      expect.objectContaining({
        id: gone,
        deletedAt: trashed.deletedAt,
        purgeAfter: '2026-04-01T14:00:00.000Z',
      }),
    ]);
    expect(storeError(() => t.store.drafts.save(gone, dataFor('x'))).code).toBe('draftInTrash');
    t.store.drafts.restoreFromTrash(gone);
    expect(t.store.drafts.list().total).toBe(2);

    t.store.drafts.trash(gone);
    expect(t.store.drafts.purgeTrash(new Date('2026-04-01T13:59:59.000Z'))).toEqual([]);
    expect(t.store.drafts.purgeTrash(new Date('2026-04-01T14:00:01.000Z'))).toEqual([gone]);
    expect(storeError(() => t.store.drafts.get(gone)).code).toBe('notFound');
    expect(t.store.drafts.get(keep).title).toBe('Keep');
  });

  it('does not trash a draft the outbox is sending', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('A'));
    t.store.drafts.setStatus(id, 'queued');
    expect(storeError(() => t.store.drafts.trash(id)).code).toBe('draftLocked');
  });

  it('records the ticket the outbox got', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('A'));
    expect(t.store.drafts.setTicket(id, 'TKT-001').ticket).toBe('TKT-001');
    expect(storeError(() => t.store.drafts.setStatus(id, 'sent' as never)).code).toBe('invalidInput');
  });

  it('runs durably() in a transaction at synchronous=FULL and back to NORMAL after', () => {
    const { id } = t.store.drafts.create('virtualFax', dataFor('A'));
    const level = t.store.durably(() => {
      t.store.drafts.setStatus(id, 'queued');
      return t.store.db.pragma('synchronous', { simple: true });
    });
    expect(level).toBe(2);
    expect(t.store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(() =>
      t.store.durably(() => {
        t.store.drafts.setTicket(id, 'T1');
        throw new Error('carrier said no');
      }),
    ).toThrow('carrier said no');
    expect(t.store.drafts.get(id)).toMatchObject({ status: 'queued', ticket: null });
  });

  it('opens the file in WAL mode with foreign keys on', () => {
    expect(t.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(t.store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });
});
