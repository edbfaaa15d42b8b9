// Importing the numbers of a request from a spreadsheet, step by step: open (the file the dialog picked
// is read in the worker thread, its columns guessed), check (every row, with the mapping the dealer
// confirmed), apply (the numbers join the request; a file mixing toll-free and regular numbers makes two
// requests, as a paste does). The renderer never has the file: it names the import by its id.
//
// The worker reads and checks the rows (pure domain code); this side adds what needs the database and
// the carrier lists: numbers already in another active request, prefixes missing from the portable list.
import { randomUUID } from 'node:crypto';
import { kindAcceptsTollFree, type DraftKind } from '../shared/domain/catalogue';
import type { DraftDetail } from '../shared/domain/draft-views';
import { Failure } from '../shared/domain/failure';
import { listCaps } from '../shared/domain/field-caps';
import { importable, type CheckedRow } from '../shared/domain/intake/check-rows';
import { fieldsForKind } from '../shared/domain/intake/fields';
import type { IntakeMapping } from '../shared/domain/intake/guess-columns';
import { mergeImported } from '../shared/domain/intake/merge';
import {
  emptyProblemCounts,
  previewRowCount,
  reportRowLimit,
  type IntakePreview,
  type IntakeReport,
  type IntakeResult,
} from '../shared/domain/intake/views';
import type { Locale } from '../shared/domain/locale';
import { isNormalizedTollFree, normalizeNumber } from '../shared/domain/numbers';
import { splitDraft } from '../store/draft-split';
import { StoreError } from '../store/errors';
import type { Store } from '../store';
import { maxRows } from './read-table';
import type { IntakeWorker } from './worker-client';

export interface IntakeDeps {
  store: Pick<Store, 'db' | 'drafts' | 'lineSecrets' | 'signatures'>;
  worker: IntakeWorker;
  /** The cached list of portable NPA-NXX; empty when it was never downloaded (then nothing is flagged). */
  portablePrefixes(): readonly number[];
  locale(): Locale;
}

export interface IntakeService {
  open(draftId: string, file: { name: string; content: Uint8Array }): Promise<IntakePreview>;
  check(importId: string, mapping: IntakeMapping): Promise<IntakeReport>;
  apply(importId: string, mapping: IntakeMapping): Promise<IntakeResult>;
  close(importId: string): void;
}

interface Session {
  draftId: string;
  kind: DraftKind;
}

/** Imports open at once: one per window is the use; a few more cover abandoned ones. */
const keptSessions = 4;
const maxPerRequest = listCaps['numbers.toPort'];

function editableDraft(deps: IntakeDeps, id: string): DraftDetail {
  const draft = deps.store.drafts.get(id);
  if (!draft.editable) throw new StoreError('draftLocked', { id });
  return draft;
}

/** Numbers asked about per store lookup: between two, the event loop runs (windows, the outbox). */
const conflictChunk = 100;
const yieldToLoop = () => new Promise<void>((done) => setImmediate(done));

/**
 * The rows, with the problems that need the database and the carrier lists added. On the main
 * process, so it reuses what the worker normalized and asks the store a chunk at a time: 5,000 rows
 * never hold the event loop for more than one chunk's lookup.
 */
async function withStoreChecks(deps: IntakeDeps, draftId: string, rows: CheckedRow[]): Promise<CheckedRow[]> {
  const candidates = rows.filter(importable).map((row) => row.number);
  const others = new Map<string, { id: string; title: string }[]>();
  for (let start = 0; start < candidates.length; start += conflictChunk) {
    if (start > 0) await yieldToLoop();
    const chunk = candidates.slice(start, start + conflictChunk);
    for (const request of deps.store.drafts.numberConflicts(chunk, draftId)) {
      for (const number of request.numbers) {
        const known = others.get(number) ?? [];
        if (!known.some((other) => other.id === request.id))
          known.push({ id: request.id, title: request.title });
        others.set(number, known);
      }
    }
  }
  const prefixes = deps.portablePrefixes();
  const portable = new Set(prefixes);
  return rows.map((row) => {
    if (!importable(row)) return row;
    const problems = [...row.problems];
    const requests = others.get(row.number);
    if (requests) problems.push({ kind: 'otherRequest', requests });
    // row.number is normalized already: its first 6 digits, with no second parse (npanxxOf parses).
    const prefix = Number.parseInt(row.number.slice(0, 6), 10);
    if (prefixes.length > 0 && !portable.has(prefix)) problems.push({ kind: 'notPortable', prefix });
    return problems.length === row.problems.length ? row : { ...row, problems };
  });
}

/** The draft's numbers to port with the file's importable ones, each once, told apart by nature. */
function tally(draft: DraftDetail, rows: readonly CheckedRow[]): { regular: number; tollFree: number } {
  const numbers = new Set<string>();
  for (const typed of draft.data.numbers?.toPort ?? []) numbers.add(normalizeNumber(typed) ?? typed);
  for (const row of rows) if (importable(row)) numbers.add(row.number);
  let tollFree = 0;
  for (const number of numbers) if (isNormalizedTollFree(number)) tollFree += 1;
  return { regular: numbers.size - tollFree, tollFree };
}

/** Whether the request, with the file's numbers, mixes the natures and so is split in two. */
function splits(draft: DraftDetail, rows: readonly CheckedRow[]): boolean {
  const { regular, tollFree } = tally(draft, rows);
  return regular > 0 && tollFree > 0 && kindAcceptsTollFree(draft.kind);
}

function tooManyFor(draft: DraftDetail, rows: readonly CheckedRow[]): IntakeReport['tooMany'] {
  const { regular, tollFree } = tally(draft, rows);
  const total = regular + tollFree;
  // Split, each nature is a request of its own; not split, they share one.
  if (!splits(draft, rows) && total > maxPerRequest) {
    return { nature: regular >= tollFree ? 'regular' : 'tollFree', count: total, max: maxPerRequest };
  }
  if (regular > maxPerRequest) return { nature: 'regular', count: regular, max: maxPerRequest };
  if (tollFree > maxPerRequest) return { nature: 'tollFree', count: tollFree, max: maxPerRequest };
  return null;
}

function reportOf(importId: string, draft: DraftDetail, rows: CheckedRow[]): IntakeReport {
  const counts = emptyProblemCounts();
  const flagged = rows.filter((row) => row.problems.length > 0);
  for (const row of flagged) for (const problem of row.problems) counts[problem.kind] += 1;
  const imported = rows.filter(importable);
  const tollFree = imported.filter((row) => row.tollFree).length;
  return {
    importId,
    checked: rows.length,
    importable: imported.length,
    regular: imported.length - tollFree,
    tollFree,
    counts,
    rows: flagged.slice(0, reportRowLimit).map(({ row, input, number, tollFree: free, problems }) => ({
      row,
      input,
      number,
      tollFree: free,
      problems,
    })),
    unlisted: Math.max(0, flagged.length - reportRowLimit),
    split: splits(draft, rows),
    tooMany: tooManyFor(draft, rows),
  };
}

export function createIntakeService(deps: IntakeDeps): IntakeService {
  const sessions = new Map<string, Session>();

  function sessionOf(importId: string): Session {
    const session = sessions.get(importId);
    if (!session) throw new Failure('intakeGone');
    return session;
  }

  async function checked(importId: string, mapping: IntakeMapping) {
    const session = sessionOf(importId);
    const draft = editableDraft(deps, session.draftId);
    if (!mapping.columns.includes('number')) throw new Failure('intakeNoNumberColumn');
    const answer = await deps.worker.check({
      op: 'check',
      tableId: importId,
      mapping,
      kind: draft.kind,
      existing: draft.data.numbers?.toPort ?? [],
    });
    if (!answer.ok) throw new Failure('intakeGone');
    // The draft as it is now: it may have been saved while the worker checked.
    const current = editableDraft(deps, session.draftId);
    return { session, rows: await withStoreChecks(deps, current.id, answer.rows), draft: current };
  }

  return {
    async open(draftId, file) {
      const draft = editableDraft(deps, draftId);
      const importId = randomUUID();
      const answer = await deps.worker.read({
        op: 'read',
        tableId: importId,
        name: file.name,
        bytes: file.content,
        kind: draft.kind,
        previewRows: previewRowCount,
      });
      if (!answer.ok) {
        if (answer.problem === 'empty') throw new Failure('intakeEmpty');
        if (answer.problem === 'tooManyRows') throw new Failure('intakeTooManyRows', { max: maxRows });
        throw new Failure('intakeUnreadable');
      }
      sessions.set(importId, { draftId, kind: draft.kind });
      for (const old of [...sessions.keys()].slice(0, Math.max(0, sessions.size - keptSessions))) {
        sessions.delete(old);
        deps.worker.forget(old);
      }
      return {
        importId,
        draftId,
        fileName: file.name,
        rowCount: answer.rowCount,
        columnCount: answer.columnCount,
        firstRows: answer.firstRows,
        mapping: answer.mapping,
        fields: fieldsForKind(draft.kind),
      };
    },

    async check(importId, mapping) {
      const { rows, draft } = await checked(importId, mapping);
      return reportOf(importId, draft, rows);
    },

    async apply(importId, mapping) {
      const { rows, session } = await checked(importId, mapping);
      const imported = rows.filter(importable);
      if (imported.length === 0) throw new Failure('intakeNothingToImport');
      const { store } = deps;
      const result = store.db.transaction((): IntakeResult => {
        // Read and written in one transaction: a save from the editor cannot slip in between.
        const draft = editableDraft(deps, session.draftId);
        const tooMany = tooManyFor(draft, rows);
        if (tooMany) throw new Failure('intakeTooMany', tooMany);
        const entries = imported.map((row) => ({ number: row.number, details: row.details }));
        const merged = mergeImported(draft.data, draft.kind, entries, deps.locale());
        const saved = store.drafts.save(draft.id, merged, draft.revision);
        const added = (merged.numbers?.toPort?.length ?? 0) - (draft.data.numbers?.toPort?.length ?? 0);
        if (!splits(draft, rows)) return { outcome: 'one', added, draft: saved };
        return { outcome: 'split', added, ...splitDraft(store, draft.id) };
      })();
      sessions.delete(importId);
      deps.worker.forget(importId);
      return result;
    },

    close(importId) {
      if (sessions.delete(importId)) deps.worker.forget(importId);
    },
  };
}
