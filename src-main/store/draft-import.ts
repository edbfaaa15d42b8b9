// Bringing drafts in from another computer's export, one at a time, as transfer.ts decides: a draft this
// computer lacks is written under its own id with its status, ticket, dates and revision, so it stays the
// same request on both computers (and a later import of the same file finds it here); a local draft the
// file's copy supersedes takes that copy as its next revision, its current state kept as a history point
// first. Every function runs inside the import's one transaction.
import { randomUUID } from 'node:crypto';
import type { DraftKind } from '../shared/domain/catalogue';
import { customerReferenceFor } from '../shared/domain/customer-reference';
import type { DraftData, DraftStatus } from '../shared/domain/draft';
import type { DraftContext } from './draft-context';
import { attachmentShas, derived, writeRefs } from './draft-derived';
import type { CheckedDraft } from './draft-json';
import type { WriteRevision } from './draft-write';
import { searchTerms, summarySource } from './search-terms';

/** A draft of the file, checked, as draft-import writes it. */
export interface DraftToImport {
  /** Null: a new id (a version 1 file's draft). */
  id: string | null;
  kind: DraftKind;
  status: DraftStatus;
  ticket: string | null;
  /** Null: now. */
  created: string | null;
  updated: string | null;
  revision: number;
  archived: boolean;
}

/** The local draft that has the same id, as the import compares it. */
export interface LocalDraft {
  status: DraftStatus;
  updated: string;
  trashed: boolean;
}

export interface DraftImports {
  local(id: string): LocalDraft | null;
  /** A draft of the same kind holding the same data: how a version 1 file's drafts (no ids) are recognized. */
  sameContent(kind: DraftKind, data: DraftData): string | null;
  /** Writes a draft this computer lacks; returns its id. */
  insert(draft: DraftToImport, checked: CheckedDraft): string;
  /** The file's copy becomes the next revision of the local draft `id`, with the file's status and ticket. */
  supersede(id: string, draft: DraftToImport, checked: CheckedDraft): void;
}

/** JSON with every object's keys sorted: two drafts' data compare equal whatever order the editor sent. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Candidates compared by content at most: drafts sharing a name word or a number are few. */
const maxContentCandidates = 50;

export function createDraftImports(
  { db, stmt, hot, now, clock, meta }: DraftContext,
  writeRevision: WriteRevision,
): DraftImports {
  const localRow = db.prepare<[string], { status: DraftStatus; updated: string; deleted_at: string | null }>(
    'SELECT status, updated, deleted_at FROM drafts WHERE id = ?',
  );
  const byTerm = db.prepare<[string, string], { id: string; data: string }>(
    `SELECT d.id, d.data FROM draft_terms t JOIN drafts d ON d.seq = t.draft_seq
     WHERE t.term = ? AND d.kind = ? LIMIT ${maxContentCandidates}`,
  );
  const insertRow = db.prepare(
    `INSERT INTO drafts (id, reference, kind, title, status, created, updated, sort_updated, revision, archived,
       ticket, customer_name, customer_sort, numbers, number_count, summary_source, attachment_source, data)
     VALUES (@id, @reference, @kind, @title, @status, @created, @updated, @updated, @revision, @archived,
       @ticket, @customerName, @customerSort, @numbers, @numberCount, @summarySource, @attachmentSource, @data)`,
  );

  return {
    local(id) {
      const row = localRow.get(id);
      return row ? { status: row.status, updated: row.updated, trashed: row.deleted_at !== null } : null;
    },

    sameContent(kind, data) {
      // Any one search term of the draft narrows the candidates through the index; a draft with no
      // name and no number has none, and is imported (it holds almost nothing to duplicate).
      const [term] = searchTerms(data);
      if (term === undefined) return null;
      const wanted = canonical(data);
      for (const row of byTerm.all(term, kind)) {
        if (canonical(JSON.parse(row.data)) === wanted) return row.id;
      }
      return null;
    },

    insert(draft, { data, json }) {
      // The list's sort order holds only if no draft is hot while another is written (hot-draft.ts).
      hot.settle();
      const id = draft.id ?? randomUUID();
      const d = derived(data);
      const shas = attachmentShas(data);
      const at = now();
      const updated = draft.updated ?? at;
      const { lastInsertRowid } = insertRow.run({
        id,
        reference: customerReferenceFor(id),
        kind: draft.kind,
        title: d.title,
        status: draft.status,
        created: draft.created ?? at,
        updated,
        revision: draft.revision,
        archived: draft.archived ? 1 : 0,
        ticket: draft.ticket,
        customerName: d.customerName,
        customerSort: d.customerSort,
        numbers: d.numbers,
        numberCount: d.numberCount,
        summarySource: summarySource(data),
        attachmentSource: shas.join(' '),
        data: json,
      });
      const seq = Number(lastInsertRowid);
      for (const term of d.terms) stmt.insertTerm.run(term, seq);
      writeRefs(stmt, seq, shas);
      return id;
    },

    supersede(id, draft, checked) {
      // A history point first, always: "Undo changes" gets the local state back while it stays editable.
      // The draft's last change is the file's, not the import's: comparing it with a later import of the
      // same copy then finds nothing newer, and nothing changed here since.
      const changed = draft.updated === null ? clock() : new Date(draft.updated);
      writeRevision(meta(id), checked, true, changed);
      // The save may have made it the hot draft; its status changes below, and the one-statement
      // autosave must never write a draft that is no longer editable.
      hot.settle();
      stmt.setStatus.run(draft.status, id);
      stmt.setTicket.run(draft.ticket, id);
    },
  };
}
