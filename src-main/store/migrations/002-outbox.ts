// Migration 002: the submission outbox and port tracking (owned by src-main/outbox).
// - outbox_items: one row per finalized draft, holding the frozen request exactly as it will be sent.
// - outbox_intents: "about to send attempt N" records, committed before the request leaves; an intent
//   without an outcome means the carrier may or may not have the port, so the worker reconciles first.
// - outbox_attempts: the audit trail of every request (never the password, never the body or its files:
//   only the body's hash).
// - port_tracking / port_status_timeline / port_rejects: what the carrier said after submission.

import type { Migration } from './migration';

const outboxTables = `
CREATE TABLE outbox_items (
  draft_id            TEXT PRIMARY KEY,
  entry_id            TEXT NOT NULL,
  method              TEXT NOT NULL,
  path                TEXT NOT NULL,
  body_json           TEXT NOT NULL,
  body_sha256         TEXT NOT NULL,
  customer_reference  TEXT NOT NULL,
  numbers_json        TEXT NOT NULL,
  state               TEXT NOT NULL CHECK (state IN
                        ('queued', 'sending', 'waiting', 'needsReview', 'submitted', 'needsAttention', 'cancelled')),
  attempts            INTEGER NOT NULL DEFAULT 0,
  failures            INTEGER NOT NULL DEFAULT 0,
  next_attempt_at     TEXT,
  last_error          TEXT,
  ticket              TEXT,
  reply               INTEGER,
  message             TEXT,
  focus_path          TEXT,
  evidence            TEXT,
  finalized_at        TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_items_due ON outbox_items (state, next_attempt_at);
CREATE INDEX outbox_items_reference ON outbox_items (customer_reference);
CREATE INDEX outbox_items_ticket ON outbox_items (ticket);

CREATE TABLE outbox_intents (
  id           INTEGER PRIMARY KEY,
  draft_id     TEXT NOT NULL REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL,
  body_sha256  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  resolved_at  TEXT,
  resolution   TEXT
) STRICT;
CREATE INDEX outbox_intents_open ON outbox_intents (draft_id) WHERE resolved_at IS NULL;

CREATE TABLE outbox_attempts (
  id              INTEGER PRIMARY KEY,
  draft_id        TEXT NOT NULL REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
  at              TEXT NOT NULL,
  operation       TEXT NOT NULL,
  request_sha256  TEXT,
  http_status     INTEGER,
  reply           INTEGER,
  ticket          TEXT,
  error           TEXT
) STRICT;
CREATE INDEX outbox_attempts_draft ON outbox_attempts (draft_id, id);

CREATE TABLE port_tracking (
  draft_id      TEXT PRIMARY KEY REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
  ticket        TEXT NOT NULL,
  submitted_at  TEXT NOT NULL,
  last_status   TEXT,
  next_poll_at  TEXT
) STRICT;
CREATE INDEX port_tracking_due ON port_tracking (next_poll_at);

CREATE TABLE port_status_timeline (
  id        INTEGER PRIMARY KEY,
  draft_id  TEXT NOT NULL REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
  status    TEXT NOT NULL,
  at        TEXT NOT NULL
) STRICT;
CREATE INDEX port_status_timeline_draft ON port_status_timeline (draft_id, id);

CREATE TABLE port_rejects (
  draft_id      TEXT PRIMARY KEY REFERENCES outbox_items (draft_id) ON DELETE CASCADE,
  reason        TEXT,
  summary       TEXT,
  details_json  TEXT NOT NULL,
  focus_path    TEXT,
  at            TEXT NOT NULL
) STRICT;
`;

export const outbox: Migration = {
  name: 'outbox',
  up(db) {
    db.exec(outboxTables);
  },
};
