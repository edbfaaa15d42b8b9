// Drafts: create, autosave with a history of 20 earlier states, copy, archive, trash and purge.
// Every write is one transaction (the autosave of the draft being typed in is a single UPDATE of
// its row: hot-draft.ts): a save that fails (bad shape, revision conflict, locked draft, disk error)
// throws a StoreError and leaves the last good save exactly as it was.
//
// This file is the service's face: its interface, and `createDrafts` assembling it from its parts,
// which share one context (draft-context.ts: statements, hot draft, reads by id):
//   draft-create.ts   creating a draft, and copying one (duplicate)
//   draft-save.ts     saving: the one-statement autosave, else the full save
//   draft-write.ts    the full save of a revision, keeping history points (shared by save and restore)
//   draft-history.ts  listing revisions and restoring one
//   draft-trash.ts    trash, list, restore and purge
//   draft-stash.ts    what the editor has not saved yet (its safety net)
//   draft-setters.ts  archived, status, ticket
//   drafts-list.ts    the drafts list and search
//   number-conflicts.ts  other active requests porting the same numbers
//   draft-import.ts   writing drafts an import brings in (transfer.ts decides which)
import type { Database } from 'better-sqlite3';
import type { DraftKind } from '../shared/domain/catalogue';
import type { DraftData, DraftStatus } from '../shared/domain/draft';
import type { DraftListPage, DraftListQuery } from '../shared/domain/draft-list-query';
import type { DraftDetail, DraftRevisionSummary, TrashedDraftSummary } from '../shared/domain/draft-views';
import type { ConflictingRequest } from '../shared/domain/number-conflicts';
import { createDraftContext } from './draft-context';
import { createDraftCreation } from './draft-create';
import { createDraftHistory } from './draft-history';
import { createDraftImports, type DraftImports } from './draft-import';
import { parseId } from './draft-input';
import { createDraftSave } from './draft-save';
import { createDraftStash, type DraftStash, type StashStamp } from './draft-stash';
import { createDraftSetters } from './draft-setters';
import { createDraftTrash } from './draft-trash';
import { createRevisionWriter } from './draft-write';
import { createDraftList } from './drafts-list';
import { StoreError, guard } from './errors';
import { createNumberConflicts } from './number-conflicts';

export { historyWindowMs } from './draft-write';
export { trashRetentionDays } from './draft-trash';

/** 'input': what a dealer sent, held to the input caps; 'stored': data stored already (a split, an import),
 *  held to the stored shape (draft-json.ts). */
export type DraftOrigin = 'input' | 'stored';

export interface Drafts {
  create(kind: DraftKind, data: DraftData, origin?: DraftOrigin): DraftDetail;
  get(id: string): DraftDetail;
  /** `stamp`: from the editor, how far its data went; the stash it covers is cleared with the save. */
  save(
    id: string,
    data: DraftData,
    expectedRevision?: number,
    origin?: DraftOrigin,
    stamp?: StashStamp,
  ): DraftDetail;
  readonly stash: DraftStash;
  revisions(id: string): DraftRevisionSummary[];
  restoreRevision(id: string, revision: number): DraftDetail;
  duplicate(id: string): DraftDetail;
  setArchived(id: string, archived: boolean): DraftDetail;
  trash(id: string): { id: string; deletedAt: string };
  listTrash(): TrashedDraftSummary[];
  restoreFromTrash(id: string): DraftDetail;
  /**
   * Removes drafts trashed more than 30 days before `now`, then unreferenced attachments. Returns their ids.
   * With `limit`: at most that many drafts, in one short transaction, and no attachments (the caller
   * collects them, attachments.collectGarbage): the housekeeping purges in batches, the loop turning
   * between them, so 10,000 drafts never freeze the app.
   */
  purgeTrash(now: Date, limit?: number): string[];
  /** Removes these drafts for good (trashed or not), then unreferenced attachments. Returns the ids removed. */
  purge(ids: readonly string[], now: Date): string[];
  setStatus(id: string, status: DraftStatus): DraftDetail;
  setTicket(id: string, ticket: string | null): DraftDetail;
  list(input?: DraftListQuery): DraftListPage;
  /**
   * The other active requests (not completed, rejected or trashed) that port some of `numbers` (as
   * typed; entries that are not numbers are left out), most recently changed first.
   */
  numberConflicts(numbers: readonly string[], excludeId: string | null): ConflictingRequest[];
  /** For transfer.ts only: writes what an import brings in, inside the import's transaction. */
  readonly imports: DraftImports;
}

export interface DraftsDeps {
  db: Database;
  clock: () => Date;
  /** Deletes attachments no draft references any more (attachments.ts). */
  collectAttachments: (now: Date) => void;
  /** Told inside the duplicate's transaction (its line passwords are copied: line-secrets.ts). */
  onDuplicated?: (sourceId: string, copy: DraftDetail) => void;
}

export function createDrafts({ db, clock, collectAttachments, onDuplicated }: DraftsDeps): Drafts {
  const context = createDraftContext(db, clock);
  const writeRevision = createRevisionWriter(context);
  const creation = createDraftCreation(context, onDuplicated);
  const history = createDraftHistory(context, writeRevision);
  const trash = createDraftTrash(context, collectAttachments);
  const setters = createDraftSetters(context);
  const conflicts = createNumberConflicts(db);
  const stash = createDraftStash(context);

  const drafts: Drafts = {
    create: creation.create,
    get(id) {
      const key = parseId(id);
      return guard(() => context.detail(key));
    },
    save: createDraftSave(context, writeRevision, stash),
    stash,
    revisions: history.revisions,
    restoreRevision: history.restoreRevision,
    duplicate: creation.duplicate,
    setArchived: setters.setArchived,
    trash: trash.trash,
    listTrash: trash.listTrash,
    restoreFromTrash: trash.restoreFromTrash,
    purgeTrash: trash.purgeTrash,
    purge: trash.purge,
    setStatus: setters.setStatus,
    setTicket: setters.setTicket,
    list: createDraftList(db),
    numberConflicts(numbers, excludeId) {
      if (!Array.isArray(numbers)) throw new StoreError('invalidInput', { field: 'numbers' });
      return conflicts(numbers, excludeId === null ? null : parseId(excludeId));
    },
    imports: createDraftImports(context, writeRevision),
  };
  return drafts;
}
