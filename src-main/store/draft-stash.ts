// The editor's safety net: what the dealer has typed and not saved yet, kept in the database (encrypted
// with it) rather than in the renderer's storage, where Chromium keeps it in clear (and keeps it in its
// LevelDB files even after the key is removed). The editor stashes the whole form as the dealer types,
// several stashes may be on their way at once, and its saves follow every few hundred milliseconds; if
// the window dies in between, the editor opened again finds the stash and saves it.
//
// One row per draft (migration 008), ordered by who wrote it and how far it had got:
// - `session` is one opening of the draft in an editor, `edit` that editor's count of changes: a stash
//   older than the one kept (same session, lower edit) arriving late is ignored;
// - `revision` is the draft's revision the stash builds on. A write by anything but that editor's save
//   (restoring a revision, an import, finalizing) moves the draft past it, and the stash is stale;
// - a save from the editor says how far its data went (`edit`): the stash it covers is cleared (data
//   NULL: the row then only remembers that edit); a newer one is kept and moved onto the new revision.
import type { DraftData } from '../shared/domain/draft';
import { editableStatuses } from '../shared/domain/draft-views';
import type { DraftContext } from './draft-context';
import { parseId } from './draft-input';
import { StoreError, guard } from './errors';

/** Which editor a stash or a save comes from, and how many changes it had made then. */
export interface StashStamp {
  session: string;
  edit: number;
}

export interface StashedDraft {
  data: DraftData;
  /** The draft's revision it builds on: its current one. */
  revision: number;
}

export interface DraftStash {
  /**
   * Keeps `data` as the newest unsaved state of the draft, unless a newer stash is already kept or the
   * draft was written by someone else since `revision`. Answers whether it was kept.
   */
  put(id: string, stamp: StashStamp, revision: number, data: DraftData): boolean;
  /** The unsaved state newer than the draft's last save, or null; a stale one is dropped here. */
  get(id: string): StashedDraft | null;
  /** Inside a save's transaction: the editor's data up to `stamp.edit` is now the draft's `revision`. */
  saved(id: string, stamp: StashStamp, revision: number): void;
}

interface StashRow {
  session: string;
  edit: number;
  revision: number;
  data: string | null;
}

const maxSessionLength = 100;

/** A stamp from the renderer: a short session id and a non-negative edit count. */
export function parseStamp(stamp: unknown): StashStamp {
  const value = stamp as Partial<StashStamp> | null;
  if (
    typeof value?.session !== 'string' ||
    value.session.length === 0 ||
    value.session.length > maxSessionLength ||
    typeof value.edit !== 'number' ||
    !Number.isSafeInteger(value.edit) ||
    value.edit < 0
  )
    throw new StoreError('invalidInput', { field: 'stash' });
  return { session: value.session, edit: value.edit };
}

function prepareStashStatements(db: DraftContext['db']) {
  return {
    row: db.prepare<[string], StashRow>(
      'SELECT session, edit, revision, data FROM draft_stash WHERE draft_id = ?',
    ),
    put: db.prepare(
      `INSERT INTO draft_stash (draft_id, session, edit, revision, data, at)
       VALUES (@id, @session, @edit, @revision, @data, @at)
       ON CONFLICT (draft_id) DO UPDATE SET session = excluded.session, edit = excluded.edit,
         revision = excluded.revision, data = excluded.data, at = excluded.at`,
    ),
    // Every SET expression reads the row as it was: a newer stash of the same editor keeps its data.
    saved: db.prepare(
      `INSERT INTO draft_stash (draft_id, session, edit, revision, data, at)
       VALUES (@id, @session, @edit, @revision, NULL, @at)
       ON CONFLICT (draft_id) DO UPDATE SET
         data = CASE WHEN session = excluded.session AND edit > excluded.edit THEN data ELSE NULL END,
         edit = CASE WHEN session = excluded.session AND edit > excluded.edit THEN edit ELSE excluded.edit END,
         session = excluded.session, revision = excluded.revision, at = excluded.at`,
    ),
    drop: db.prepare<[string]>('UPDATE draft_stash SET data = NULL WHERE draft_id = ?'),
  };
}

export function createDraftStash({ db, stmt: drafts, now }: DraftContext): DraftStash {
  // Prepared on first use: a store opened at an earlier schema version (tests of migrations) has no table.
  let prepared: ReturnType<typeof prepareStashStatements> | null = null;
  const stmt = () => (prepared ??= prepareStashStatements(db));

  /** The draft's revision and whether the dealer may still edit it; notFound when there is none. */
  function draftState(id: string): { revision: number; editable: boolean } {
    const row = drafts.meta.get(id);
    if (!row) throw new StoreError('notFound', { id });
    return {
      revision: row.revision,
      editable: row.deleted_at === null && editableStatuses.includes(row.status),
    };
  }

  const putTx = db.transaction((id: string, stamp: StashStamp, revision: number, json: string): boolean => {
    const draft = draftState(id);
    if (!draft.editable) throw new StoreError('draftLocked', { id });
    const kept = stmt().row.get(id);
    const sameEditor = kept !== undefined && kept.session === stamp.session;
    if (sameEditor && stamp.edit <= kept.edit) return false;
    // Built on an older revision: only that editor's own save can have moved the draft on meanwhile
    // (its stash was still on its way); anyone else's write makes it stale.
    if (revision < draft.revision && !sameEditor) return false;
    stmt().put.run({ id, ...stamp, revision: draft.revision, data: json, at: now() });
    return true;
  });

  return {
    put(id, stamp, revision, data) {
      const key = parseId(id);
      const checked = parseStamp(stamp);
      if (!Number.isSafeInteger(revision) || revision < 0)
        throw new StoreError('invalidInput', { field: 'revision' });
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new StoreError('invalidInput', { field: 'data' });
      const json = JSON.stringify(data);
      return guard(() => putTx.immediate(key, checked, revision, json));
    },

    get(id) {
      const key = parseId(id);
      return guard(() => {
        const draft = draftState(key);
        const kept = stmt().row.get(key);
        if (!kept || kept.data === null) return null;
        if (!draft.editable || kept.revision < draft.revision) {
          stmt().drop.run(key);
          return null;
        }
        return { data: JSON.parse(kept.data) as DraftData, revision: draft.revision };
      });
    },

    saved(id, stamp, revision) {
      stmt().saved.run({ id, ...parseStamp(stamp), revision, at: now() });
    },
  };
}
