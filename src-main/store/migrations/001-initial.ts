// Version 1: drafts with their last 20 revisions, search terms, attachments, the reference-data
// cache and settings.
//
// Layout choices, each made for the autosave path (see bench/store.bench.ts):
// - `drafts` holds one small row per draft: metadata and the summary the list shows. The draft's
//   data lives only in `draft_revisions`, a ring of 20 slots per draft (slot = revision % 20), so an
//   autosave writes the JSON once (overwriting the oldest slot in place) instead of twice, and listing
//   or counting 100,000 drafts never reads their JSON. `draft_current` puts them back together.
// - `draft_terms` is the search index (plain B-tree, measured against FTS5: see search.ts). It is
//   rewritten only when a save changes the customer name or a telephone number.
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
        search_key TEXT NOT NULL DEFAULT '',
        attachment_key TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX drafts_by_updated ON drafts(archived, updated) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_by_created ON drafts(archived, created) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_by_customer ON drafts(archived, customer_sort) WHERE deleted_at IS NULL;
      CREATE INDEX drafts_by_ticket ON drafts(ticket COLLATE NOCASE) WHERE ticket IS NOT NULL;
      CREATE INDEX drafts_by_reference ON drafts(reference);
      CREATE INDEX drafts_in_trash ON drafts(deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE draft_revisions (
        seq INTEGER PRIMARY KEY,
        draft_seq INTEGER NOT NULL REFERENCES drafts(seq) ON DELETE CASCADE,
        slot INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        updated TEXT NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (draft_seq, slot)
      );

      CREATE VIEW draft_current AS
        SELECT d.*, r.data AS data
        FROM drafts d JOIN draft_revisions r ON r.draft_seq = d.seq AND r.slot = d.revision % 20;

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
