// Drafts: create, autosave with a history of 20 earlier states, copy, archive, trash and purge.
// Every write is one transaction (the autosave of the draft being typed in is a single UPDATE of
// its row: hot-draft.ts): a save that fails (bad shape, revision conflict, locked draft, disk error)
// throws a StoreError and leaves the last good save exactly as it was.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { DraftKind } from '../shared/domain/catalogue';
import { customerReferenceFor } from '../shared/domain/customer-reference';
import { draftKindSchema, draftStatuses, type DraftData, type DraftStatus } from '../shared/domain/draft';
import { summaryColumns, toDetail, toSummary, type DetailRow, type SummaryRow } from './draft-rows';
import {
  editableStatuses,
  revisionsKept,
  type DraftDetail,
  type DraftRevisionSummary,
  type TrashedDraftSummary,
} from '../shared/domain/draft-views';
import { createDraftList } from './drafts-list';
import type { DraftListPage, DraftListQuery } from '../shared/domain/draft-list-query';
import {
  checkDraft,
  checkDraftAgainst,
  checkStoredDraft,
  sameSections,
  serialize,
  type CheckedDraft,
} from './draft-json';
import { StoreError, guard } from './errors';
import { createHotDraft } from './hot-draft';
import {
  customerName,
  fold,
  portedNumbers,
  searchTerms,
  summarySections,
  summarySource,
  titleFor,
} from './search-terms';

/**
 * History points are written at most once per this window while the dealer keeps typing. The editor
 * autosaves every few hundred milliseconds, so one point per save would make the 20 kept points
 * cover the last few seconds of typing: useless for getting back yesterday's version, and a second
 * JSON write on every keystroke. With a window, each point is the state the draft had before a
 * pause or a minute of editing, which is what a dealer means by "an earlier version".
 */
export const historyWindowMs = 60_000;

/** Trashed drafts are purged this long after they were trashed. */
export const trashRetentionDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** 'input': what a dealer sent, held to the input caps; 'stored': data stored already (a split, an import),
 *  held to the stored shape (draft-json.ts). */
export type DraftOrigin = 'input' | 'stored';

export interface Drafts {
  create(kind: DraftKind, data: DraftData, origin?: DraftOrigin): DraftDetail;
  get(id: string): DraftDetail;
  save(id: string, data: DraftData, expectedRevision?: number, origin?: DraftOrigin): DraftDetail;
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
  list(input?: DraftListQuery): DraftListPage;
}

export interface DraftsDeps {
  db: Database;
  clock: () => Date;
  /** Deletes attachments no draft references any more (attachments.ts). */
  collectAttachments: (now: Date) => void;
  /** Told inside the duplicate's transaction (its line passwords are copied: line-secrets.ts). */
  onDuplicated?: (sourceId: string, copy: DraftDetail) => void;
}

interface MetaRow extends SummaryRow {
  summary_source: string;
  attachment_source: string;
  history_at: string | null;
}

const revisionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A draft id: a non-empty string of at most 200 characters (checked by hand: it is on every autosave). */
function parseId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200)
    throw new StoreError('invalidInput', { field: 'id' });
  return id;
}

function parseKind(kind: unknown): DraftKind {
  const parsed = draftKindSchema.safeParse(kind);
  if (!parsed.success) throw new StoreError('invalidInput', { field: 'kind' });
  return parsed.data;
}

/** The attachment hashes of a draft, in slot order: compared as saved, so it needs no sorting. */
function attachmentShas(data: DraftData): string[] {
  const slots = data.attachments;
  if (!slots) return [];
  const shas: string[] = [];
  for (const refs of [
    slots.letterOfAuthorization,
    slots.lastInvoice,
    slots.blifSpreadsheet,
    slots.respOrgForm,
  ]) {
    for (const ref of refs ?? []) shas.push(ref.sha256);
  }
  return shas;
}

/** The columns derived from the data's summary source: title, summary and search terms. */
function derived(data: DraftData) {
  const name = customerName(data);
  const ported = portedNumbers(data);
  return {
    title: titleFor(data),
    customerName: name,
    customerSort: fold(name),
    numbers: JSON.stringify(ported.slice(0, 5)),
    numberCount: ported.length,
    terms: searchTerms(data),
  };
}

export function createDrafts({ db, clock, collectAttachments, onDuplicated }: DraftsDeps): Drafts {
  // Prepared once: the autosave path must stay close to a bare upsert (bench/store.bench.ts).
  const stmt = {
    meta: db.prepare<[string], MetaRow>(
      `SELECT ${summaryColumns}, d.summary_source, d.attachment_source, d.history_at FROM drafts d WHERE d.id = ?`,
    ),
    detail: db.prepare<[string], DetailRow>(`SELECT ${summaryColumns}, d.data FROM drafts d WHERE d.id = ?`),
    insertDraft: db.prepare(
      `INSERT INTO drafts (id, reference, kind, title, status, created, updated, sort_updated, revision, customer_name, customer_sort, numbers, number_count, summary_source, attachment_source, data)
       VALUES (@id, @reference, @kind, @title, 'draft', @now, @now, @now, 1, @customerName, @customerSort, @numbers, @numberCount, @summarySource, @attachmentSource, @data)`,
    ),
    // The full save. The customer's sort key (indexed) is set separately, only when the name changed.
    writeRevision: db.prepare<
      [string, string, string, number, number, string | null, string, string, number, string, string, number]
    >(
      `UPDATE drafts SET data = ?, updated = ?, sort_updated = ?, revision = ?, hot = ?, history_at = ?,
       title = ?, numbers = ?, number_count = ?, summary_source = ?, attachment_source = ? WHERE seq = ?`,
    ),
    updateName: db.prepare<[string, string, number]>(
      'UPDATE drafts SET customer_name = ?, customer_sort = ? WHERE seq = ?',
    ),
    // A history point: the draft's current state, copied inside SQLite (the JSON never enters JS).
    keepPoint: db.prepare<[number]>(
      `INSERT OR IGNORE INTO draft_revisions (draft_seq, revision, updated, title, data)
       SELECT seq, revision, updated, title, data FROM drafts WHERE seq = ?`,
    ),
    prunePoints: db.prepare<[number, number, number]>(
      `DELETE FROM draft_revisions WHERE draft_seq = ? AND revision < (
         SELECT revision FROM draft_revisions WHERE draft_seq = ? ORDER BY revision DESC LIMIT 1 OFFSET ?)`,
    ),
    deleteTerms: db.prepare('DELETE FROM draft_terms WHERE draft_seq = ?'),
    insertTerm: db.prepare('INSERT OR IGNORE INTO draft_terms (term, draft_seq) VALUES (?, ?)'),
    insertRef: db.prepare('INSERT OR IGNORE INTO draft_attachment_refs (draft_seq, sha256) VALUES (?, ?)'),
    revisions: db.prepare<[string, string], DraftRevisionSummary>(
      `SELECT revision, updated, title FROM drafts WHERE id = ?
       UNION ALL
       SELECT r.revision, r.updated, r.title FROM draft_revisions r JOIN drafts d ON d.seq = r.draft_seq
       WHERE d.id = ? AND r.revision < d.revision
       ORDER BY revision DESC`,
    ),
    revisionData: db.prepare<[number, number], { data: string }>(
      'SELECT data FROM draft_revisions WHERE draft_seq = ? AND revision = ?',
    ),
    currentData: db.prepare<[number], { data: string }>('SELECT data FROM drafts WHERE seq = ?'),
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
  const hot = createHotDraft(db);

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

  function writeTerms(seq: number, terms: readonly string[]) {
    stmt.deleteTerms.run(seq);
    for (const term of terms) stmt.insertTerm.run(term, seq);
  }

  function writeRefs(seq: number, shas: readonly string[]) {
    for (const sha of shas) stmt.insertRef.run(seq, sha);
  }

  /** Copies the current state into the history and drops points beyond the newest `revisionsKept`. */
  function keepPoint(seq: number) {
    if (stmt.keepPoint.run(seq).changes > 0) stmt.prunePoints.run(seq, seq, revisionsKept - 1);
  }

  const createTx = db.transaction((kind: DraftKind, { data, json }: CheckedDraft): DraftDetail => {
    hot.settle();
    const id = randomUUID();
    const d = derived(data);
    const shas = attachmentShas(data);
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
      summarySource: summarySource(data),
      attachmentSource: shas.join(' '),
      data: json,
    });
    const seq = Number(lastInsertRowid);
    for (const term of d.terms) stmt.insertTerm.run(term, seq);
    writeRefs(seq, shas);
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

  /**
   * Writes `data` as the next revision, first keeping the current state as a history point when
   * `point` says so, and returns the draft as now stored (without reading it back).
   */
  function writeRevision(row: MetaRow, checked: CheckedDraft, point: boolean, date: Date): DraftDetail {
    const { data, json } = checked;
    const source = summarySource(data);
    const shas = attachmentShas(data);
    const at = date.toISOString();
    hot.settle();
    if (point) keepPoint(row.seq);
    const attachmentSource = shas.join(' ');
    const revision = row.revision + 1;
    let summary = { title: row.title, numbers: row.numbers, number_count: row.number_count };
    let name = row.customer_name;
    if (source !== row.summary_source) {
      const d = derived(data);
      summary = { title: d.title, numbers: d.numbers, number_count: d.numberCount };
      if (d.customerName !== row.customer_name) {
        name = d.customerName;
        stmt.updateName.run(d.customerName, d.customerSort, row.seq);
      }
      writeTerms(row.seq, d.terms);
    }
    if (attachmentSource !== row.attachment_source) writeRefs(row.seq, shas);
    const historyAt = point ? at : row.history_at;
    const leads = hot.wouldLead(row.seq, row.archived, at);
    stmt.writeRevision.run(
      json,
      at,
      at,
      revision,
      leads ? 1 : 0,
      historyAt,
      summary.title,
      summary.numbers,
      summary.number_count,
      source,
      attachmentSource,
      row.seq,
    );
    const saved = { ...row, ...summary, updated: at, revision, customer_name: name };
    if (leads && historyAt !== null) {
      hot.remember({
        seq: row.seq,
        id: row.id,
        kind: row.kind,
        title: summary.title,
        status: row.status,
        created: row.created,
        archived: row.archived !== 0,
        ticket: row.ticket,
        revision,
        summarySource: source,
        attachmentSource,
        sections: checked.sections,
        historyAt: Date.parse(historyAt),
        sortedAt: date.getTime(),
      });
    }
    return toDetail(saved, data);
  }

  /** Whether a save now must first keep the current state: no point yet, or the newest is old. */
  function pointDue(row: MetaRow, at: Date): boolean {
    if (row.history_at === null) return true;
    const last = Date.parse(row.history_at);
    // A clock set back (last in the future) starts a new window rather than freezing the history.
    return last > at.getTime() || at.getTime() - last >= historyWindowMs;
  }

  function assertEditable(id: string, row: MetaRow) {
    if (row.deleted_at !== null) throw new StoreError('draftInTrash', { id });
    if (!editableStatuses.includes(row.status))
      throw new StoreError('draftLocked', { id, status: row.status });
  }

  /** The full save, when the one-statement autosave did not apply: tells why, or writes everything. */
  const saveTx = db.transaction(
    (id: string, checked: CheckedDraft, expectedRevision: number | undefined, at: Date): DraftDetail => {
      const row = meta(id);
      assertEditable(id, row);
      if (expectedRevision !== undefined && expectedRevision !== row.revision) {
        throw new StoreError('revisionConflict', { id, expected: expectedRevision, actual: row.revision });
      }
      return writeRevision(row, checked, pointDue(row, at), at);
    },
  );

  const restoreTx = db.transaction((id: string, revision: number, at: Date): DraftDetail => {
    const row = meta(id);
    assertEditable(id, row);
    const stored =
      revision === row.revision ? stmt.currentData.get(row.seq) : stmt.revisionData.get(row.seq, revision);
    if (!stored) throw new StoreError('notFound', { id, revision });
    // The state being replaced always becomes a point first, so a restore can itself be undone.
    return writeRevision(row, serialize(JSON.parse(stored.data) as DraftData), true, at);
  });

  const duplicateTx = db.transaction((id: string): DraftDetail => {
    const source = stmt.detail.get(id);
    if (!source) throw new StoreError('notFound', { id });
    const copy = createTx(source.kind, serialize(JSON.parse(source.data) as DraftData));
    onDuplicated?.(id, copy);
    return copy;
  });

  function update(id: string, fn: () => void): DraftDetail {
    return guard(() => {
      db.transaction(() => {
        meta(id);
        hot.settle();
        fn();
      }).immediate();
      return detail(id);
    });
  }

  const drafts: Drafts = {
    create(kind, data, origin = 'input') {
      const k = parseKind(kind);
      const checked = origin === 'stored' ? checkStoredDraft(data) : checkDraft(data);
      return guard(() => createTx.immediate(k, checked));
    },

    get(id) {
      const key = parseId(id);
      return guard(() => detail(key));
    },

    save(id, data, expectedRevision, origin = 'input') {
      const key = parseId(id);
      if (expectedRevision !== undefined && !revisionSchema.safeParse(expectedRevision).success) {
        throw new StoreError('invalidInput', { field: 'expectedRevision' });
      }
      const h = hot.row?.id === key ? hot.row : null;
      // Values over their cap that the saved draft already held may stay (draft-json.ts).
      const saved = () => JSON.parse(stmt.detail.get(key)?.data ?? '{}') as unknown;
      const checked =
        origin === 'stored'
          ? checkStoredDraft(data)
          : h
            ? checkDraftAgainst(data, h.sections)
            : checkDraft(data, saved);
      const date = clock();
      return guard(() => {
        // The autosave of the draft being typed in: when nothing but the data changes (summary
        // source and attachments as they were, no history point due, no other write since), its
        // row alone (hot-draft.ts).
        const ms = date.getTime();
        if (
          h !== null &&
          (expectedRevision === undefined || expectedRevision === h.revision) &&
          ms >= h.sortedAt &&
          ms - h.historyAt < historyWindowMs &&
          (sameSections(checked.sections, h.sections, summarySections) ||
            summarySource(checked.data) === h.summarySource) &&
          (checked.sections.attachments === h.sections.attachments ||
            attachmentShas(checked.data).join(' ') === h.attachmentSource)
        ) {
          const at = date.toISOString();
          if (hot.autosave(checked.json, at, checked.sections)) {
            return {
              id: key,
              kind: h.kind,
              title: h.title,
              data: checked.data,
              status: h.status,
              created: h.created,
              updated: at,
              revision: h.revision,
              ticket: h.ticket,
              archived: h.archived,
              editable: true,
            };
          }
        }
        return saveTx.immediate(key, checked, expectedRevision, date);
      });
    },

    revisions(id) {
      const key = parseId(id);
      return guard(() => {
        meta(key);
        return stmt.revisions.all(key, key);
      });
    },

    restoreRevision(id, revision) {
      const key = parseId(id);
      if (!revisionSchema.safeParse(revision).success)
        throw new StoreError('invalidInput', { field: 'revision' });
      return guard(() => restoreTx.immediate(key, revision, clock()));
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
            hot.settle();
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
            hot.settle();
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
