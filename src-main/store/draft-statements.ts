// The drafts service's SQL, prepared once per connection and shared by its parts (drafts.ts assembles
// them). Prepared once because the autosave path must stay close to a bare upsert
// (bench/store.bench.ts): no statement is prepared per call.
import type { Database } from 'better-sqlite3';
import type { DraftRevisionSummary } from '../shared/domain/draft-views';
import { summaryColumns, type DetailRow, type SummaryRow } from './draft-rows';

/** A draft's summary row, plus what a full save compares against to skip work it need not do. */
export interface MetaRow extends SummaryRow {
  summary_source: string;
  attachment_source: string;
  history_at: string | null;
}

export function prepareDraftStatements(db: Database) {
  return {
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
    purgeOne: db.prepare<[string], { id: string }>('DELETE FROM drafts WHERE id = ? RETURNING id'),
    // A batch of the purge (its history, terms and references go by cascade, overwritten: secure_delete).
    purgeSome: db.prepare<[string, number], { id: string }>(
      `DELETE FROM drafts WHERE seq IN (SELECT seq FROM drafts WHERE deleted_at < ? LIMIT ?) RETURNING id`,
    ),
  };
}

export type DraftStatements = ReturnType<typeof prepareDraftStatements>;
