// Export and import of drafts with their attachments, as one JSON file (.portage.json, transfer-bundle.ts),
// so a dealer can move work between computers or hand it to a colleague.
//
// An import never makes copies of what is already here, and never turns a request that left the dealer's
// hands back into a fresh draft. "Already here" means a draft with the same id (every draft keeps its id
// across computers; a version 1 file has none, so there it means the same kind with the same data). For
// each draft of the file:
// - not here: written under its own id with its status, ticket, dates and revision. A request that was
//   finalized (sent, completed, rejected…) stays read-only and keeps its tracking history (the outbox's,
//   through `TransferHistory`); this computer never sends it again.
// - here, and the local copy can still be edited, and the file's copy is ahead of it: the file's copy
//   wins. Ahead means it was finalized on the other computer (left editable here, it could be sent a
//   second time), or it was changed there after the last change here (newer wins: a dealer carrying work
//   back and forth expects the latest version, not the one this computer happened to have). The local
//   state is kept as a history point first; and if it had changes of its own after the file's copy was
//   finalized, they are kept in a new editable copy, so nothing typed here is lost.
// - otherwise (the same or older; or already finalized here, where this computer's record of the send is
//   the one that counts; or in the trash here): "already here", left as it is.
//
// A request that went to the practice carrier is exported with `practice: true`, so whoever reads the
// file knows its ticket and status are made up; its history says so too, and an import keeps it marked.
// Line passwords are never exported (they are secrets, kept encrypted on this computer); the file's notes
// say so.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { editableStatuses } from '../shared/domain/draft-views';
import type { AttachmentRef, DraftData } from '../shared/domain/draft';
import { issuesFromZod, type Issue } from '../shared/domain/issue';
import { maxAttachmentBytes, sha256Of, tooLarge, type Attachments } from './attachments';
import type { LocalDraft } from './draft-import';
import { serialize } from './draft-json';
import type { Drafts } from './drafts';
import { StoreError, guard } from './errors';
import { sliceTimer } from './next-turn';
import type { DecodedDocument } from './transfer-parse';
import { draftBundleSchema, incomingDrafts, type DraftBundle, type IncomingDraft } from './transfer-bundle';

export { draftBundleSchema, type DraftBundle } from './transfer-bundle';

/** Documents of a file already decoded (and hashed), by index in its attachments. */
export type DecodedDocuments = ReadonlyMap<number, DecodedDocument>;

/**
 * What another service keeps about a request once it left the dealer's hands, carried in the file with
 * the draft (the outbox's tracking history: src-main/outbox/transfer-history.ts).
 */
export interface TransferHistory<T> {
  /** The history of one draft for an export; undefined when it has none. */
  read(draftId: string): T | undefined;
  /** What a file's history must look like; one that does not makes the whole file unreadable. */
  readonly schema: z.ZodType<T>;
  /** Writes it for the draft, replacing what is there, inside the import's transaction. */
  write(draftId: string, history: T, importedAt: string): void;
}

/** What an import did, by draft id. */
export interface ImportSummary {
  /** New here. */
  imported: string[];
  /** Here already, and replaced by the file's newer or finalized copy. */
  updated: string[];
  /** Here already and left as they were (the same, older, finalized here, or in the trash). */
  alreadyHere: string[];
}

/** Line passwords are secrets and stay on this computer (line_secrets): the file says so, in both languages. */
export const exportNotes = [
  'Line passwords (SIP and web self-care) are not included: set them again after importing.',
  'Les mots de passe des lignes (SIP et libre-service web) ne sont pas inclus : entrez-les de nouveau après l’importation.',
] as const;

export interface Transfer {
  /**
   * `practice`: which drafts went to the practice carrier (the outbox knows); those are marked so in the
   * file.
   */
  exportDrafts<T>(
    ids: readonly string[],
    history?: TransferHistory<T>,
    practice?: (id: string) => boolean,
  ): DraftBundle;
  /** Imports the file as described above; all or nothing. */
  importDrafts<T>(bundle: unknown, history?: TransferHistory<T>): ImportSummary;
  /**
   * The same, for a file parsed off the main thread (transfer-parse.ts: `decoded` holds its documents'
   * bytes), the loop turning between documents; the drafts are still written all or nothing.
   */
  importDraftsInTurns<T>(
    bundle: unknown,
    history: TransferHistory<T> | undefined,
    decoded: DecodedDocuments,
  ): Promise<ImportSummary>;
}

const editable = (status: IncomingDraft['status']) => editableStatuses.includes(status);

function refsOf(data: DraftData): AttachmentRef[] {
  const slots = data.attachments ?? {};
  return [slots.letterOfAuthorization, slots.lastInvoice, slots.blifSpreadsheet, slots.respOrgForm].flatMap(
    (refs) => refs ?? [],
  );
}

/** What to do with one draft of the file, given the local draft with its id (see the header). */
function decide(incoming: IncomingDraft, local: LocalDraft | null): 'insert' | 'supersede' | 'skip' {
  if (local === null) return 'insert';
  if (local.trashed || !editable(local.status)) return 'skip';
  if (!editable(incoming.status)) return 'supersede';
  return incoming.updated !== null && incoming.updated > local.updated ? 'supersede' : 'skip';
}

/** The file's histories, checked before anything is written: a damaged one refuses the whole file. */
function checkHistories<T>(
  drafts: IncomingDraft[],
  history: TransferHistory<T> | undefined,
): (T | undefined)[] {
  const issues: Issue[] = [];
  const checked = drafts.map((draft, index) => {
    if (history === undefined || draft.history === undefined || editable(draft.status)) return undefined;
    const parsed = history.schema.safeParse(draft.history);
    if (parsed.success) return parsed.data;
    issues.push(
      ...issuesFromZod(parsed.error).map((issue) => ({
        ...issue,
        path: `drafts.${index}.history${issue.path ? `.${issue.path}` : ''}`,
      })),
    );
    return undefined;
  });
  if (issues.length > 0) throw new StoreError('invalidImport', {}, { issues });
  return checked;
}

export interface TransferOptions {
  db: Database;
  drafts: Drafts;
  attachments: Attachments;
  clock: () => Date;
  /** Asks for a checkpoint between slices (Store.checkpointSoon). */
  checkpoint: () => void;
}

export function createTransfer({ db, drafts, attachments, clock, checkpoint }: TransferOptions): Transfer {
  const imports = drafts.imports;

  /** Writes one draft of the file as decided; returns where it counts. */
  function apply<T>(
    draft: IncomingDraft,
    history: T | undefined,
    writer: TransferHistory<T> | undefined,
    at: string,
  ): { id: string; outcome: keyof ImportSummary } {
    const checked = serialize(draft.data);
    const existing = draft.id ?? imports.sameContent(draft.kind, draft.data);
    const local = existing === null ? null : imports.local(existing);
    const decision = decide(draft, local);
    if (existing === null || decision === 'insert') {
      const id = imports.insert(draft, checked);
      if (history !== undefined) writer?.write(id, history, at);
      return { id, outcome: 'imported' };
    }
    if (decision === 'skip' || local === null) return { id: existing, outcome: 'alreadyHere' };
    // Finalized on the other computer while this one kept changing it: those changes live on in a copy.
    if (!editable(draft.status) && draft.updated !== null && local.updated > draft.updated) {
      drafts.duplicate(existing);
    }
    imports.supersede(existing, draft, checked);
    if (history !== undefined) writer?.write(existing, history, at);
    return { id: existing, outcome: 'updated' };
  }

  /** Everything an import checks before it writes anything: the file's shape, histories and documents. */
  function check<T>(input: unknown, history: TransferHistory<T> | undefined, decoded?: DecodedDocuments) {
    const parsed = draftBundleSchema.safeParse(input);
    if (!parsed.success) throw new StoreError('invalidImport', {}, { issues: issuesFromZod(parsed.error) });
    const incoming = incomingDrafts(parsed.data);
    const histories = checkHistories(incoming, history);
    const files = parsed.data.attachments.map((a, index) => {
      const ready = decoded?.get(index);
      const content = ready?.content ?? new Uint8Array(Buffer.from(a.base64, 'base64'));
      if ((ready?.sha256 ?? sha256Of(content)) !== a.sha256)
        throw new StoreError('attachmentCorrupt', { sha256: a.sha256, name: a.name });
      if (content.byteLength > maxAttachmentBytes) {
        throw tooLarge(content.byteLength, a.name);
      }
      return { sha256: a.sha256, name: a.name, mimeType: a.mimeType, content };
    });
    return { incoming, histories, files };
  }

  /** Writes the checked file's drafts in one transaction (all or nothing), `putFiles` first. */
  function write<T>(
    { incoming, histories, files }: ReturnType<typeof check<T>>,
    history: TransferHistory<T> | undefined,
    putFiles: () => void,
  ): ImportSummary {
    const bundled = new Set(files.map((f) => f.sha256));
    const at = clock().toISOString();
    return guard(() =>
      db
        .transaction(() => {
          putFiles();
          const summary: ImportSummary = { imported: [], updated: [], alreadyHere: [] };
          incoming.forEach((draft, index) => {
            for (const ref of refsOf(draft.data)) {
              if (!bundled.has(ref.sha256) && !attachments.get(ref.sha256)) {
                throw new StoreError('attachmentMissing', { sha256: ref.sha256, name: ref.name });
              }
            }
            const { id, outcome } = apply(draft, histories[index], history, at);
            summary[outcome].push(id);
          });
          return summary;
        })
        .immediate(),
    );
  }

  return {
    exportDrafts(ids, history, practice) {
      if (!Array.isArray(ids)) throw new StoreError('invalidInput', { field: 'ids' });
      const bundle: DraftBundle = {
        format: 'portage-drafts',
        version: 2,
        exportedAt: clock().toISOString(),
        notes: [...exportNotes],
        drafts: [],
        attachments: [],
      };
      const seen = new Set<string>();
      for (const id of new Set(ids)) {
        const draft = drafts.get(id);
        const kept = draft.editable ? undefined : history?.read(draft.id);
        bundle.drafts.push({
          id: draft.id,
          kind: draft.kind,
          title: draft.title,
          status: draft.status,
          ticket: draft.ticket,
          created: draft.created,
          updated: draft.updated,
          revision: draft.revision,
          archived: draft.archived,
          data: draft.data,
          ...(kept === undefined ? {} : { history: kept }),
          ...(practice?.(draft.id) ? { practice: true as const } : {}),
        });
        for (const [sha256, file] of attachments.filesFor(draft.data)) {
          if (seen.has(sha256)) continue;
          seen.add(sha256);
          bundle.attachments.push({
            sha256,
            name: file.name,
            mimeType: file.mimeType,
            base64: Buffer.from(file.content).toString('base64'),
          });
        }
      }
      return bundle;
    },

    importDrafts(input, history) {
      const checked = check(input, history);
      return write(checked, history, () => checked.files.forEach((file) => attachments.put(file)));
    },

    async importDraftsInTurns(input, history, decoded) {
      const checked = check(input, history, decoded);
      // Each document in its own statement, the loop turning between them (a file of 50 MB would
      // otherwise hold the main thread in one transaction). A document is content-addressed and unused
      // until a draft names it: if the import then fails, the housekeeping collects it after its grace.
      const slice = sliceTimer(undefined, checkpoint);
      for (const file of checked.files) {
        guard(() => attachments.put(file));
        await slice.turn();
      }
      return write(checked, history, () => undefined);
    },
  };
}
