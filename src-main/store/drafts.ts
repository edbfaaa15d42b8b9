// Drafts: create, autosave with the last 20 revisions, copy, archive, trash and purge.
// Every write is one transaction: a save that fails (bad shape, revision conflict, locked draft,
// disk error) throws a StoreError and leaves the last good save exactly as it was.
import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { DraftKind } from '../domain/catalogue';
import { customerReferenceFor } from '../domain/customer-reference';
import {
  draftDataSchema,
  draftKindSchema,
  draftStatuses,
  type DraftData,
  type DraftStatus,
} from '../domain/draft';
import {
  editableStatuses,
  revisionsKept,
  summaryColumns,
  toDetail,
  toSummary,
  type DetailRow,
  type DraftDetail,
  type DraftRevisionSummary,
  type SummaryRow,
  type TrashedDraftSummary,
} from './draft-rows';
import { createDraftList, type DraftListInput, type DraftListResult } from './drafts-list';
import { StoreError, guard, issuesFrom } from './errors';
import { customerName, fold, portedNumbers, searchTerms, titleFor } from './search-terms';

/** Trashed drafts are purged this long after they were trashed. */
export const trashRetentionDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export interface Drafts {
  create(kind: DraftKind, data: DraftData): DraftDetail;
  get(id: string): DraftDetail;
  save(id: string, data: DraftData, expectedRevision?: number): DraftDetail;
  revisions(id: string): DraftRevisionSummary[];
  restoreRevision(id: string, revision: number): DraftDetail;
  duplicate(id: string): DraftDetail;
  setArchived(id: string, archived: boolean): DraftDetail;
  trash(id: string): { id: string; deletedAt: string };
  listTrash(): TrashedDraftSummary[];
  restoreFromTrash(id: string): DraftDetail;
  /** Removes drafts trashed more than 30 days before `now`, then unreferenced attachments. Returns their ids. */
  purgeTrash(now: Date): string[];
  setStatus(id: string, status: DraftStatus): DraftDetail;
  setTicket(id: string, ticket: string | null): DraftDetail;
  list(input?: DraftListInput): DraftListResult;
}

export interface DraftsDeps {
  db: Database;
  clock: () => Date;
  /** Deletes attachments no draft references any more (attachments.ts). */
  collectAttachments: (now: Date) => void;
}

interface MetaRow extends SummaryRow {
  search_key: string;
  attachment_key: string;
}

const idSchema = z.string().min(1).max(200);
const revisionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

function parseId(id: unknown): string {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) throw new StoreError('invalidInput', { field: 'id' });
  return parsed.data;
}

function parseData(data: unknown): DraftData {
  const parsed = draftDataSchema.safeParse(data);
  if (!parsed.success) throw new StoreError('invalidDraft', {}, { issues: issuesFrom(parsed.error) });
  return parsed.data;
}

function parseKind(kind: unknown): DraftKind {
  const parsed = draftKindSchema.safeParse(kind);
  if (!parsed.success) throw new StoreError('invalidInput', { field: 'kind' });
  return parsed.data;
}

function attachmentShas(data: DraftData): string[] {
  const slots = data.attachments;
  if (!slots) return [];
  const shas = new Set<string>();
  for (const refs of [
    slots.letterOfAuthorization,
    slots.lastInvoice,
    slots.blifSpreadsheet,
    slots.respOrgForm,
  ]) {
    for (const ref of refs ?? []) shas.add(ref.sha256);
  }
  return [...shas].sort();
}

/** A short fingerprint, so a save can tell cheaply whether the search terms or attachments changed. */
function fingerprint(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  return createHash('sha1').update(parts.join('\n')).digest('base64');
}

export function createDrafts({ db, clock, collectAttachments }: DraftsDeps): Drafts {
  // Prepared once: the autosave path must stay close to a bare upsert (bench/store.bench.ts).
  const stmt = {
    meta: db.prepare<[string], MetaRow>(
      `SELECT ${summaryColumns}, d.search_key, d.attachment_key FROM drafts d WHERE d.id = ?`,
    ),
    detail: db.prepare<[string], DetailRow>(
      `SELECT ${summaryColumns}, r.data FROM drafts d
       JOIN draft_revisions r ON r.draft_seq = d.seq AND r.slot = d.revision % ${revisionsKept} WHERE d.id = ?`,
    ),
    insertDraft: db.prepare(
      `INSERT INTO drafts (id, reference, kind, title, status, created, updated, revision, customer_name, customer_sort, numbers, number_count, search_key, attachment_key)
       VALUES (@id, @reference, @kind, @title, 'draft', @now, @now, 1, @customerName, @customerSort, @numbers, @numberCount, @searchKey, @attachmentKey)`,
    ),
    // SQLite rewrites the entries of every index on a column the SET clause names, changed or not:
    // the customer's sort key (indexed) is set only when the name changed.
    updateRevision: db.prepare<[string, string, number, string, number, string, string, number]>(
      `UPDATE drafts SET title = ?, updated = ?, revision = ?, numbers = ?, number_count = ?,
       search_key = ?, attachment_key = ? WHERE seq = ?`,
    ),
    updateName: db.prepare<[string, string, number]>(
      'UPDATE drafts SET customer_name = ?, customer_sort = ? WHERE seq = ?',
    ),
    updateSlot: db.prepare(
      'UPDATE draft_revisions SET revision = @revision, updated = @now, title = @title, data = @data WHERE draft_seq = @seq AND slot = @slot',
    ),
    insertSlot: db.prepare(
      'INSERT INTO draft_revisions (draft_seq, slot, revision, updated, title, data) VALUES (@seq, @slot, @revision, @now, @title, @data)',
    ),
    deleteTerms: db.prepare('DELETE FROM draft_terms WHERE draft_seq = ?'),
    insertTerm: db.prepare('INSERT OR IGNORE INTO draft_terms (term, draft_seq) VALUES (?, ?)'),
    insertRef: db.prepare('INSERT OR IGNORE INTO draft_attachment_refs (draft_seq, sha256) VALUES (?, ?)'),
    revisions: db.prepare<[string], DraftRevisionSummary>(
      `SELECT r.revision, r.updated, r.title FROM draft_revisions r JOIN drafts d ON d.seq = r.draft_seq
       WHERE d.id = ? ORDER BY r.revision DESC`,
    ),
    revisionData: db.prepare<[string, number], { data: string }>(
      'SELECT r.data FROM draft_revisions r JOIN drafts d ON d.seq = r.draft_seq WHERE d.id = ? AND r.revision = ?',
    ),
    setArchived: db.prepare('UPDATE drafts SET archived = ? WHERE id = ?'),
    setDeleted: db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ?'),
    setStatus: db.prepare('UPDATE drafts SET status = ? WHERE id = ?'),
    setTicket: db.prepare('UPDATE drafts SET ticket = ? WHERE id = ?'),
    trash: db.prepare<[], SummaryRow>(
      `SELECT ${summaryColumns} FROM drafts d WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC, d.seq DESC`,
    ),
    purge: db.prepare<[string], { id: string }>('DELETE FROM drafts WHERE deleted_at < ? RETURNING id'),
  };

  const now = () => clock().toISOString();

  function meta(id: string): MetaRow {
    const row = stmt.meta.get(id);
    if (!row) throw new StoreError('notFound', { id });
    return row;
  }

  function detail(id: string): DraftDetail {
    const row = stmt.detail.get(id);
    if (!row) throw new StoreError('notFound', { id });
    return toDetail(row, JSON.parse(row.data) as DraftData);
  }

  /** The columns derived from the data: title, summary and search fingerprints. */
  function derived(data: DraftData) {
    const name = customerName(data);
    const ported = portedNumbers(data);
    const terms = searchTerms(data);
    const shas = attachmentShas(data);
    return {
      title: titleFor(data),
      customerName: name,
      customerSort: fold(name),
      numbers: JSON.stringify(ported.slice(0, 5)),
      numberCount: ported.length,
      terms,
      shas,
      searchKey: fingerprint(terms),
      attachmentKey: fingerprint(shas),
    };
  }

  function writeTerms(seq: number, terms: readonly string[]) {
    stmt.deleteTerms.run(seq);
    for (const term of terms) stmt.insertTerm.run(term, seq);
  }

  function writeRefs(seq: number, shas: readonly string[]) {
    for (const sha of shas) stmt.insertRef.run(seq, sha);
  }

  const createTx = db.transaction((kind: DraftKind, data: DraftData): DraftDetail => {
    const id = randomUUID();
    const d = derived(data);
    const at = now();
    const { lastInsertRowid } = stmt.insertDraft.run({
      id,
      reference: customerReferenceFor(id),
      kind,
      now: at,
      title: d.title,
      customerName: d.customerName,
      customerSort: d.customerSort,
      numbers: d.numbers,
      numberCount: d.numberCount,
      searchKey: d.searchKey,
      attachmentKey: d.attachmentKey,
    });
    const seq = Number(lastInsertRowid);
    stmt.insertSlot.run({
      seq,
      slot: 1 % revisionsKept,
      revision: 1,
      now: at,
      title: d.title,
      data: JSON.stringify(data),
    });
    for (const term of d.terms) stmt.insertTerm.run(term, seq);
    writeRefs(seq, d.shas);
    const row: SummaryRow = {
      seq,
      id,
      kind,
      title: d.title,
      status: 'draft',
      created: at,
      updated: at,
      revision: 1,
      archived: 0,
      deleted_at: null,
      ticket: null,
      customer_name: d.customerName,
      numbers: d.numbers,
      number_count: d.numberCount,
    };
    return toDetail(row, data);
  });

  /** Writes `data` as the next revision and returns the draft as now stored (without reading it back). */
  function writeRevision(row: MetaRow, data: DraftData): DraftDetail {
    const d = derived(data);
    const revision = row.revision + 1;
    const at = now();
    stmt.updateRevision.run(
      d.title,
      at,
      revision,
      d.numbers,
      d.numberCount,
      d.searchKey,
      d.attachmentKey,
      row.seq,
    );
    if (d.customerName !== row.customer_name) stmt.updateName.run(d.customerName, d.customerSort, row.seq);
    const slot = {
      seq: row.seq,
      slot: revision % revisionsKept,
      revision,
      now: at,
      title: d.title,
      data: JSON.stringify(data),
    };
    if (stmt.updateSlot.run(slot).changes === 0) stmt.insertSlot.run(slot);
    if (d.searchKey !== row.search_key) writeTerms(row.seq, d.terms);
    if (d.attachmentKey !== row.attachment_key) writeRefs(row.seq, d.shas);
    return toDetail(
      {
        ...row,
        title: d.title,
        updated: at,
        revision,
        numbers: d.numbers,
        number_count: d.numberCount,
        customer_name: d.customerName,
      },
      data,
    );
  }

  function assertEditable(id: string, row: MetaRow) {
    if (row.deleted_at !== null) throw new StoreError('draftInTrash', { id });
    if (!editableStatuses.includes(row.status))
      throw new StoreError('draftLocked', { id, status: row.status });
  }

  const saveTx = db.transaction(
    (id: string, data: DraftData, expectedRevision: number | undefined): DraftDetail => {
      const row = meta(id);
      assertEditable(id, row);
      if (expectedRevision !== undefined && expectedRevision !== row.revision) {
        throw new StoreError('revisionConflict', { id, expected: expectedRevision, actual: row.revision });
      }
      return writeRevision(row, data);
    },
  );

  const restoreTx = db.transaction((id: string, revision: number): DraftDetail => {
    const row = meta(id);
    assertEditable(id, row);
    const stored = stmt.revisionData.get(id, revision);
    if (!stored) throw new StoreError('notFound', { id, revision });
    return writeRevision(row, JSON.parse(stored.data) as DraftData);
  });

  const duplicateTx = db.transaction((id: string): DraftDetail => {
    const source = stmt.detail.get(id);
    if (!source) throw new StoreError('notFound', { id });
    return createTx(source.kind, JSON.parse(source.data) as DraftData);
  });

  function update(id: string, fn: () => void): DraftDetail {
    return guard(() => {
      db.transaction(() => {
        meta(id);
        fn();
      }).immediate();
      return detail(id);
    });
  }

  const drafts: Drafts = {
    create(kind, data) {
      const k = parseKind(kind);
      const d = parseData(data);
      return guard(() => createTx.immediate(k, d));
    },

    get(id) {
      const key = parseId(id);
      return guard(() => detail(key));
    },

    save(id, data, expectedRevision) {
      const key = parseId(id);
      if (expectedRevision !== undefined && !revisionSchema.safeParse(expectedRevision).success) {
        throw new StoreError('invalidInput', { field: 'expectedRevision' });
      }
      const d = parseData(data);
      return guard(() => saveTx.immediate(key, d, expectedRevision));
    },

    revisions(id) {
      const key = parseId(id);
      return guard(() => {
        meta(key);
        return stmt.revisions.all(key);
      });
    },

    restoreRevision(id, revision) {
      const key = parseId(id);
      if (!revisionSchema.safeParse(revision).success)
        throw new StoreError('invalidInput', { field: 'revision' });
      return guard(() => restoreTx.immediate(key, revision));
    },

    duplicate(id) {
      const key = parseId(id);
      return guard(() => duplicateTx.immediate(key));
    },

    setArchived(id, archived) {
      const key = parseId(id);
      if (typeof archived !== 'boolean') throw new StoreError('invalidInput', { field: 'archived' });
      return update(key, () => stmt.setArchived.run(archived ? 1 : 0, key));
    },

    trash(id) {
      const key = parseId(id);
      return guard(() =>
        db
          .transaction(() => {
            const row = meta(key);
            // A queued draft is in the outbox's hands; it must leave the queue before it can be deleted.
            if (row.status === 'queued') throw new StoreError('draftLocked', { id: key, status: row.status });
            const deletedAt = row.deleted_at ?? now();
            stmt.setDeleted.run(deletedAt, key);
            return { id: key, deletedAt };
          })
          .immediate(),
      );
    },

    listTrash() {
      return guard(() =>
        stmt.trash.all().map((row) => ({
          ...toSummary(row),
          deletedAt: row.deleted_at ?? '',
          purgeAfter: new Date(Date.parse(row.deleted_at ?? '') + trashRetentionDays * dayMs).toISOString(),
        })),
      );
    },

    restoreFromTrash(id) {
      const key = parseId(id);
      return update(key, () => stmt.setDeleted.run(null, key));
    },

    purgeTrash(at) {
      if (!(at instanceof Date) || Number.isNaN(at.getTime()))
        throw new StoreError('invalidInput', { field: 'now' });
      const cutoff = new Date(at.getTime() - trashRetentionDays * dayMs).toISOString();
      return guard(() =>
        db
          .transaction(() => {
            const ids = stmt.purge.all(cutoff).map((r) => r.id);
            if (ids.length > 0) collectAttachments(at);
            return ids;
          })
          .immediate(),
      );
    },

    setStatus(id, status) {
      const key = parseId(id);
      if (!(draftStatuses as readonly unknown[]).includes(status))
        throw new StoreError('invalidInput', { field: 'status' });
      return update(key, () => stmt.setStatus.run(status, key));
    },

    setTicket(id, ticket) {
      const key = parseId(id);
      if (ticket !== null && (typeof ticket !== 'string' || ticket.length > 200)) {
        throw new StoreError('invalidInput', { field: 'ticket' });
      }
      return update(key, () => stmt.setTicket.run(ticket, key));
    },

    list: createDraftList(db),
  };
  return drafts;
}
