// Every SQL statement on the outbox tables (migration 002). The worker, finalize and tracking go through
// here; none of them writes SQL of its own. Times are ISO 8601 UTC strings, which sort as they compare.
import type { Database } from 'better-sqlite3';

export const outboxItemStates = [
  'queued',
  'sending',
  'waiting',
  'needsReview',
  'submitted',
  'needsAttention',
  'cancelled',
] as const;
export type OutboxItemRowState = (typeof outboxItemStates)[number];

/** States still in the outbox (outbox.list shows these); the others have left it. */
export const pendingStates: readonly OutboxItemRowState[] = ['queued', 'sending', 'waiting', 'needsReview'];

export interface OutboxRow {
  draft_id: string;
  entry_id: string;
  method: string;
  path: string;
  body_json: string;
  body_sha256: string;
  customer_reference: string;
  numbers_json: string;
  state: OutboxItemRowState;
  attempts: number;
  failures: number;
  next_attempt_at: string | null;
  last_error: string | null;
  ticket: string | null;
  reply: number | null;
  message: string | null;
  focus_path: string | null;
  evidence: string | null;
  finalized_at: string;
  updated_at: string;
}

export interface NewOutboxItem {
  draftId: string;
  entryId: string;
  method: string;
  path: string;
  bodyJson: string;
  bodySha256: string;
  customerReference: string;
  numbers: number[];
  at: string;
}

export interface AttemptRecord {
  draftId: string;
  at: string;
  operation: string;
  requestSha256: string | null;
  httpStatus: number | null;
  reply: number | null;
  ticket: string | null;
  error: string | null;
}

export interface AttemptRow {
  at: string;
  operation: string;
  request_sha256: string | null;
  http_status: number | null;
  reply: number | null;
  ticket: string | null;
  error: string | null;
}

export interface IntentRow {
  id: number;
  draft_id: string;
  attempt: number;
  body_sha256: string;
  created_at: string;
}

export interface TrackingRow {
  draft_id: string;
  ticket: string;
  submitted_at: string;
  last_status: string | null;
  next_poll_at: string | null;
}

export interface RejectRow {
  reason: string | null;
  summary: string | null;
  details_json: string;
  focus_path: string | null;
  at: string;
}

export type ListedRow = Pick<
  OutboxRow,
  'draft_id' | 'state' | 'attempts' | 'next_attempt_at' | 'last_error'
> & {
  title: string | null;
};

/** The columns of a row without the (possibly large) frozen body. */
const light =
  'draft_id, entry_id, method, path, body_sha256, customer_reference, numbers_json, state, attempts, failures, next_attempt_at, last_error, ticket, reply, message, focus_path, evidence, finalized_at, updated_at';

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

export function createOutboxRepository(db: Database) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
         numbers_json, state, finalized_at, updated_at)
       VALUES (@draftId, @entryId, @method, @path, @bodyJson, @bodySha256, @customerReference, @numbersJson,
         'queued', @at, @at)`,
    ),
    item: db.prepare<[string], OutboxRow>('SELECT * FROM outbox_items WHERE draft_id = ?'),
    itemLight: db.prepare<[string], Omit<OutboxRow, 'body_json'>>(
      `SELECT ${light} FROM outbox_items WHERE draft_id = ?`,
    ),
    due: db.prepare<[string, number], { draft_id: string }>(
      `SELECT draft_id FROM outbox_items
       WHERE state IN ('queued', 'waiting') AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
       ORDER BY COALESCE(next_attempt_at, finalized_at), finalized_at, draft_id LIMIT ?`,
    ),
    nextDue: db.prepare<[], { at: string | null }>(
      `SELECT MIN(COALESCE(next_attempt_at, finalized_at)) AS at FROM outbox_items WHERE state IN ('queued', 'waiting')`,
    ),
    listed: db.prepare<[], ListedRow>(
      `SELECT o.draft_id, o.state, o.attempts, o.next_attempt_at, o.last_error, d.title AS title
       FROM outbox_items o LEFT JOIN drafts d ON d.id = o.draft_id
       WHERE o.state IN ('queued', 'sending', 'waiting', 'needsReview') ORDER BY o.finalized_at, o.draft_id`,
    ),
    counts: db.prepare<[], { state: OutboxItemRowState; n: number }>(
      'SELECT state, COUNT(*) AS n FROM outbox_items GROUP BY state',
    ),
    interrupted: db.prepare<[string], { draft_id: string }>(
      `UPDATE outbox_items SET state = 'waiting', next_attempt_at = NULL, updated_at = ?
       WHERE state = 'sending' RETURNING draft_id`,
    ),
    setState: db.prepare(
      `UPDATE outbox_items SET state = @state, next_attempt_at = @nextAttemptAt, last_error = @lastError,
         failures = @failures, updated_at = @at WHERE draft_id = @draftId`,
    ),
    startAttempt: db.prepare(
      `UPDATE outbox_items SET state = 'sending', attempts = @attempt, updated_at = @at
       WHERE draft_id = @draftId AND state IN ('queued', 'waiting') AND attempts = @attempt - 1`,
    ),
    settle: db.prepare(
      `UPDATE outbox_items SET state = @state, ticket = @ticket, reply = @reply, message = @message,
         focus_path = @focusPath, last_error = @lastError, next_attempt_at = NULL, updated_at = @at
       WHERE draft_id = @draftId`,
    ),
    review: db.prepare(
      `UPDATE outbox_items SET state = 'needsReview', evidence = @evidence, last_error = @lastError,
         next_attempt_at = NULL, updated_at = @at WHERE draft_id = @draftId`,
    ),
    openIntent: db.prepare<[string], IntentRow>(
      `SELECT id, draft_id, attempt, body_sha256, created_at FROM outbox_intents
       WHERE draft_id = ? AND resolved_at IS NULL ORDER BY id DESC LIMIT 1`,
    ),
    insertIntent: db.prepare(
      `INSERT INTO outbox_intents (draft_id, attempt, body_sha256, created_at) VALUES (@draftId, @attempt, @sha, @at)`,
    ),
    resolveIntents: db.prepare(
      `UPDATE outbox_intents SET resolved_at = @at, resolution = @resolution
       WHERE draft_id = @draftId AND resolved_at IS NULL`,
    ),
    insertAttempt: db.prepare(
      `INSERT INTO outbox_attempts (draft_id, at, operation, request_sha256, http_status, reply, ticket, error)
       VALUES (@draftId, @at, @operation, @requestSha256, @httpStatus, @reply, @ticket, @error)`,
    ),
    attempts: db.prepare<[string], AttemptRow>(
      `SELECT at, operation, request_sha256, http_status, reply, ticket, error FROM outbox_attempts
       WHERE draft_id = ? ORDER BY id`,
    ),
    ticketOwner: db.prepare<[string], { draft_id: string }>(
      'SELECT draft_id FROM outbox_items WHERE ticket = ? LIMIT 1',
    ),
    upsertTracking: db.prepare(
      `INSERT INTO port_tracking (draft_id, ticket, submitted_at, last_status, next_poll_at)
       VALUES (@draftId, @ticket, @at, NULL, @nextPollAt)
       ON CONFLICT (draft_id) DO UPDATE SET ticket = excluded.ticket, next_poll_at = excluded.next_poll_at`,
    ),
    tracking: db.prepare<[string], TrackingRow>('SELECT * FROM port_tracking WHERE draft_id = ?'),
    dueTracking: db.prepare<[string, number], TrackingRow>(
      `SELECT * FROM port_tracking WHERE next_poll_at IS NOT NULL AND next_poll_at <= ?
       ORDER BY next_poll_at LIMIT ?`,
    ),
    nextTracking: db.prepare<[], { at: string | null }>(
      'SELECT MIN(next_poll_at) AS at FROM port_tracking WHERE next_poll_at IS NOT NULL',
    ),
    setTracking: db.prepare(
      `UPDATE port_tracking SET last_status = @status, next_poll_at = @nextPollAt WHERE draft_id = @draftId`,
    ),
    insertStatus: db.prepare('INSERT INTO port_status_timeline (draft_id, status, at) VALUES (?, ?, ?)'),
    timeline: db.prepare<[string], { status: string; at: string }>(
      'SELECT status, at FROM port_status_timeline WHERE draft_id = ? ORDER BY id',
    ),
    upsertReject: db.prepare(
      `INSERT INTO port_rejects (draft_id, reason, summary, details_json, focus_path, at)
       VALUES (@draftId, @reason, @summary, @detailsJson, @focusPath, @at)
       ON CONFLICT (draft_id) DO UPDATE SET reason = excluded.reason, summary = excluded.summary,
         details_json = excluded.details_json, focus_path = excluded.focus_path, at = excluded.at`,
    ),
    reject: db.prepare<[string], RejectRow>(
      'SELECT reason, summary, details_json, focus_path, at FROM port_rejects WHERE draft_id = ?',
    ),
  };

  return {
    insert(item: NewOutboxItem): void {
      stmt.insert.run({ ...item, numbersJson: JSON.stringify(item.numbers) });
    },
    /** The whole row, frozen body included: only for sending. */
    item(draftId: string): OutboxRow | undefined {
      return stmt.item.get(draftId);
    },
    itemLight(draftId: string): Omit<OutboxRow, 'body_json'> | undefined {
      return stmt.itemLight.get(draftId);
    },
    dueIds(now: string, limit: number): string[] {
      return stmt.due.all(now, limit).map((row) => row.draft_id);
    },
    nextDueAt(): string | null {
      return stmt.nextDue.get()?.at ?? null;
    },
    listed(): ListedRow[] {
      return stmt.listed.all();
    },
    counts(): Partial<Record<OutboxItemRowState, number>> {
      return Object.fromEntries(stmt.counts.all().map((row) => [row.state, row.n]));
    },
    /** After a crash: items caught mid-request go back to waiting; their open intent makes them reconcile. */
    recoverInterrupted(at: string): string[] {
      return stmt.interrupted.all(at).map((row) => row.draft_id);
    },
    setState(
      draftId: string,
      state: OutboxItemRowState,
      at: string,
      fields: { nextAttemptAt: string | null; lastError: string | null; failures: number },
    ): void {
      stmt.setState.run({ draftId, state, at, ...fields });
    },
    /**
     * Claims the item for attempt `attempt` and records the intent. False when the item changed since it
     * was read (another worker on the same file claimed it): then nothing is recorded and nothing is sent.
     */
    startAttempt(draftId: string, attempt: number, sha: string, at: string): boolean {
      if (stmt.startAttempt.run({ draftId, attempt, at }).changes !== 1) return false;
      stmt.insertIntent.run({ draftId, attempt, sha, at });
      return true;
    },
    settle(
      draftId: string,
      state: 'submitted' | 'needsAttention' | 'cancelled' | 'queued',
      at: string,
      fields: {
        ticket: string | null;
        reply: number | null;
        message: string | null;
        focusPath: string | null;
        lastError: string | null;
      },
    ): void {
      stmt.settle.run({ draftId, state, at, ...fields });
    },
    review(draftId: string, at: string, evidence: string, lastError: string | null): void {
      stmt.review.run({ draftId, at, evidence, lastError });
    },
    openIntent(draftId: string): IntentRow | undefined {
      return stmt.openIntent.get(draftId);
    },
    resolveIntents(draftId: string, at: string, resolution: string): void {
      stmt.resolveIntents.run({ draftId, at, resolution });
    },
    recordAttempt(record: AttemptRecord): void {
      stmt.insertAttempt.run(record);
    },
    attempts(draftId: string): AttemptRow[] {
      return stmt.attempts.all(draftId);
    },
    ticketOwner(ticket: string): string | null {
      return stmt.ticketOwner.get(ticket)?.draft_id ?? null;
    },
    startTracking(draftId: string, ticket: string, at: string, nextPollAt: string): void {
      stmt.upsertTracking.run({ draftId, ticket, at, nextPollAt });
    },
    tracking(draftId: string): TrackingRow | undefined {
      return stmt.tracking.get(draftId);
    },
    dueTracking(now: string, limit: number): TrackingRow[] {
      return stmt.dueTracking.all(now, limit);
    },
    nextTrackingAt(): string | null {
      return stmt.nextTracking.get()?.at ?? null;
    },
    setTracking(draftId: string, status: string | null, nextPollAt: string | null): void {
      stmt.setTracking.run({ draftId, status, nextPollAt });
    },
    addStatus(draftId: string, status: string, at: string): void {
      stmt.insertStatus.run(draftId, status, at);
    },
    timeline(draftId: string): { status: string; at: string }[] {
      return stmt.timeline.all(draftId);
    },
    saveReject(
      draftId: string,
      reject: {
        reason: string | null;
        summary: string | null;
        detailsJson: string;
        focusPath: string | null;
      },
      at: string,
    ): void {
      stmt.upsertReject.run({ draftId, at, ...reject });
    },
    reject(draftId: string): RejectRow | undefined {
      return stmt.reject.get(draftId);
    },
  };
}
