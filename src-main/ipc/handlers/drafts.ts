// The drafts channels: the list (each row marked when it went to the practice carrier), reading,
// writing, history, copies, archive and trash, and the workflow steps (split, finalize, edit a copy).
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

type DraftChannels =
  | 'drafts.list'
  | 'drafts.get'
  | 'drafts.create'
  | 'drafts.save'
  | 'drafts.revisions'
  | 'drafts.restoreRevision'
  | 'drafts.duplicate'
  | 'drafts.setArchived'
  | 'drafts.trash'
  | 'drafts.listTrash'
  | 'drafts.restoreFromTrash'
  | 'drafts.split'
  | 'drafts.finalize'
  | 'drafts.numberConflicts'
  | 'drafts.editCopy'
  | 'drafts.copiedRejection'
  | 'drafts.setLinePassword';

export function draftHandlers(deps: HandlerDeps): Pick<Handlers, DraftChannels> {
  const { drafts } = deps.store;
  // Other windows (and the list) refresh on this; the window that made the change already has the answer.
  const changed = <T>(ids: string[], value: T): T => {
    deps.events.emit('draftsChanged', { ids });
    return value;
  };
  return {
    'drafts.list': (input) => {
      const page = drafts.list(input);
      const practice = deps.outbox.practiceAmong(page.rows.map((row) => row.id));
      return { ...page, rows: page.rows.map((row) => ({ ...row, practice: practice.has(row.id) })) };
    },
    // Opening a draft tells the editor which line passwords are set; never what they are.
    'drafts.get': ({ id }) => ({ ...drafts.get(id), linePasswords: deps.linePasswords.list(id) }),
    'drafts.create': ({ kind, data }) => {
      const draft = drafts.create(kind, data);
      return changed([draft.id], draft);
    },
    'drafts.save': ({ id, data, expectedRevision }) => changed([id], drafts.save(id, data, expectedRevision)),
    'drafts.revisions': ({ id }) => drafts.revisions(id),
    'drafts.restoreRevision': ({ id, revision }) => changed([id], drafts.restoreRevision(id, revision)),
    'drafts.duplicate': ({ id }) => {
      const copy = drafts.duplicate(id);
      return changed([copy.id], copy);
    },
    'drafts.setArchived': ({ id, archived }) => changed([id], drafts.setArchived(id, archived)),
    'drafts.trash': ({ id }) => changed([id], drafts.trash(id)),
    'drafts.listTrash': () => drafts.listTrash(),
    'drafts.restoreFromTrash': ({ id }) => changed([id], drafts.restoreFromTrash(id)),
    'drafts.split': async ({ id }) => {
      const result = await deps.workflow.split(id);
      return changed([id, result.regular.id, result.tollFree.id], result);
    },
    'drafts.finalize': async ({ id, confirmDuplicates }) => {
      const result = await deps.workflow.finalize(id, { confirmDuplicates: confirmDuplicates === true });
      // Asked to confirm: nothing changed, nobody to tell.
      return result.outcome === 'queued' ? changed([id], result) : result;
    },
    'drafts.numberConflicts': ({ id, numbers }) => {
      // An unknown draft is notFound, not a list of conflicts.
      if (id !== null) drafts.get(id);
      return drafts.numberConflicts(numbers, id);
    },
    'drafts.editCopy': async ({ id }) => {
      const result = await deps.workflow.editCopy(id);
      return changed([result.draft.id], result);
    },
    'drafts.copiedRejection': ({ id }) => deps.workflow.copiedRejection(id),
    'drafts.setLinePassword': (input) => ({ linePasswords: deps.linePasswords.set(input) }),
  };
}
