// Version 1: drafts with their revision history, search terms, attachments, the reference-data
// cache and settings.
//
// Layout choices, each made for the autosave path (see bench/store.bench.ts):
// - `drafts` holds one row per draft: metadata, the summary the list shows, and the draft's current
//   data inline as the LAST column. An autosave is then one UPDATE of one row: about the cost of a
//   bare upsert of the same JSON. The summary columns come before `data` so a draft too large for
//   one page keeps them on its first page (the rest overflows), and listing never follows the
//   overflow chain.
// - The list is sorted by `sort_updated`, equal to `updated` except for the one "hot" draft being
//   typed in, whose autosaves leave the index alone while keeping the order exact (hot-draft.ts).
// - `drafts_live` is a narrow covering index keyed by seq: counting the drafts a search matched
//   looks them up there instead of reading each one's row (a row is a whole page with its JSON).
//   No column of it changes on autosave, so autosave never writes it.
// - `draft_revisions` holds history points: copies of earlier states, written at most once per
//   coalescing window while the dealer types (see drafts.ts), 20 kept per draft.
// - `draft_terms` is the search index (plain B-tree, measured against FTS5: see drafts-list.ts). It
//   is rewritten only when a save changes the customer name or a telephone number.
import type { Migration } from './migration';

export const initial: Migration = {
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        -- What the list sorts by: the same as updated, except that the hot draft's may lag (hot-draft.ts).
        sort_updated TEXT NOT NULL,
        hot INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT,
        ticket TEXT,
        -- customerReferenceFor(id): the CustomerReferenceNumber sent with the request ("PTG-…").
        reference TEXT NOT NULL,
        customer_name TEXT NOT NULL DEFAULT '',
        customer_sort TEXT NOT NULL DEFAULT '',
        numbers TEXT NOT NULL DEFAULT '[]',
        number_count INTEGER NOT NULL DEFAULT 0,
        -- What the summary and search columns are computed from, as saved (search-terms.ts:
        -- summarySource); an autosave that leaves it unchanged skips recomputing them.
        summary_source TEXT NOT NULL DEFAULT '',
        -- The attachment hashes, as saved; when they change, draft_attachment_refs gains the new ones.
        attachment_source TEXT NOT NULL DEFAULT '',
        -- When the newest history point was written (NULL: none yet).
        history_at TEXT,
        data TEXT NOT NULL
      );
      -- The list's sort indexes carry status and kind, so a filtered list finds its page in the
      -- index and reads only the rows it shows (a row is a whole page: its JSON is inline).
      CREATE INDEX drafts_by_updated ON drafts(archived, sort_updated, status, kind) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_hot ON drafts(seq) WHERE hot = 1;
      CREATE INDEX drafts_by_created ON drafts(archived, created, status, kind) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_by_customer ON drafts(archived, customer_sort, status, kind) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_by_ticket ON drafts(ticket COLLATE NOCASE) WHERE ticket IS NOT NULL;
      CREATE INDEX drafts_by_reference ON drafts(reference);
      CREATE INDEX drafts_in_trash ON drafts(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX drafts_live ON drafts(seq, archived, status, kind) WHERE deleted_at IS NULL;

      CREATE TABLE draft_revisions (
        seq INTEGER PRIMARY KEY,
        draft_seq INTEGER NOT NULL REFERENCES drafts(seq) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        updated TEXT NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (draft_seq, revision)
      );

      CREATE TABLE draft_terms (
        term TEXT NOT NULL,
        draft_seq INTEGER NOT NULL REFERENCES drafts(seq) ON DELETE CASCADE,
        PRIMARY KEY (term, draft_seq)
      ) WITHOUT ROWID;
      CREATE INDEX draft_terms_by_draft ON draft_terms(draft_seq);

      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        created TEXT NOT NULL,
        content BLOB NOT NULL
      );

      -- Every attachment any revision of a draft has referenced; kept until the draft is purged so
      -- restoring an old revision never finds its files gone.
      CREATE TABLE draft_attachment_refs (
        draft_seq INTEGER NOT NULL REFERENCES drafts(seq) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (draft_seq, sha256)
      ) WITHOUT ROWID;
      CREATE INDEX draft_attachment_refs_by_sha256 ON draft_attachment_refs(sha256);

      CREATE TABLE reference_cache (
        kind TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        json TEXT,
        blob BLOB
      );
    `);
  },
};
