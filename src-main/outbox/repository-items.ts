// The statements on outbox_items: one row per finalized draft, the carrier it is bound to and where it
// stands; its frozen request is in outbox_bodies (migration 009), written once and read only to send it. Part of the outbox repository (outbox-repository.ts), which is the only
// way into these tables.
import type { Database } from 'better-sqlite3';
import type { TargetColumns } from './targets';
import type {
  ImportedOutboxItem,
  ListedRow,
  NewOutboxItem,
  OutboxItemRowState,
  OutboxRow,
  OutboxRowLight,
} from './repository-rows';

/** The columns of an item's row (its possibly large frozen body is in outbox_bodies). */
const light =
  'draft_id, entry_id, method, path, body_sha256, customer_reference, numbers_json, state, attempts, failures, next_attempt_at, last_error, ticket, reply, message, focus_path, evidence, finalized_at, updated_at, imported_at, target_kind, target_base_url, target_username';

/** Items of one target: the one current now (`IS`, since an account's columns are null for practice). */
const ofTarget =
  'target_kind = @targetKind AND target_base_url IS @targetBaseUrl AND target_username IS @targetUsername';

/**
 * Not started sending: waiting its turn, no ticket and no intent left open (an open intent means the
 * carrier may have it). Checked in the statement that changes the row, so a send cannot start in between.
 */
const notStarted = `state IN ('queued', 'waiting') AND ticket IS NULL AND NOT EXISTS (
  SELECT 1 FROM outbox_intents i WHERE i.draft_id = outbox_items.draft_id AND i.resolved_at IS NULL)`;

/** The prepared statements on outbox_items, once per connection. */
function prepareItemStatements(db: Database) {
  return {
    insert: db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_sha256, customer_reference,
         numbers_json, state, finalized_at, updated_at, target_kind, target_base_url, target_username)
       VALUES (@draftId, @entryId, @method, @path, @bodySha256, @customerReference, @numbersJson,
         'queued', @at, @at, @targetKind, @targetBaseUrl, @targetUsername)`,
    ),
    insertBody: db.prepare<[string, string]>(
      'INSERT INTO outbox_bodies (draft_id, parts_json) VALUES (?, ?)',
    ),
    // No body: an imported item was sent from the other computer and is never sent from here.
    insertImported: db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_sha256, customer_reference,
         numbers_json, state, attempts, ticket, reply, message, focus_path, last_error, evidence, finalized_at,
         updated_at, imported_at, target_kind)
       VALUES (@draftId, @entryId, @method, @path, @bodySha256, @customerReference, @numbersJson, @state,
         @attempts, @ticket, @reply, @message, @focusPath, @lastError, @evidence, @finalizedAt, @updatedAt,
         @importedAt, @targetKind)`,
    ),
    // Its intents, attempts, tracking, timeline and reject go with it (ON DELETE CASCADE).
    remove: db.prepare('DELETE FROM outbox_items WHERE draft_id = ?'),
    item: db.prepare<[string], OutboxRow>(
      `SELECT o.*, COALESCE(b.parts_json, '') AS body_json
       FROM outbox_items o LEFT JOIN outbox_bodies b ON b.draft_id = o.draft_id WHERE o.draft_id = ?`,
    ),
    itemLight: db.prepare<[string], OutboxRowLight>(`SELECT ${light} FROM outbox_items WHERE draft_id = ?`),
    due: db.prepare<[TargetColumns & { now: string; limit: number }], { draft_id: string }>(
      `SELECT draft_id FROM outbox_items
       WHERE state IN ('queued', 'waiting') AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
         AND ${ofTarget}
       ORDER BY COALESCE(next_attempt_at, finalized_at), finalized_at, draft_id LIMIT @limit`,
    ),
    nextDue: db.prepare<[TargetColumns], { at: string | null }>(
      `SELECT MIN(COALESCE(next_attempt_at, finalized_at)) AS at FROM outbox_items
       WHERE state IN ('queued', 'waiting') AND ${ofTarget}`,
    ),
    listed: db.prepare<[], ListedRow>(
      `SELECT o.draft_id, o.state, o.attempts, o.next_attempt_at, o.last_error, o.target_kind,
         o.target_base_url, o.target_username, d.title AS title
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
    retryWaitingNow: db.prepare(`UPDATE outbox_items SET next_attempt_at = NULL WHERE state = 'waiting'`),
    setState: db.prepare(
      `UPDATE outbox_items SET state = @state, next_attempt_at = @nextAttemptAt, last_error = @lastError,
         failures = @failures, updated_at = @at WHERE draft_id = @draftId`,
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
    ticketOwner: db.prepare<[string], { draft_id: string }>(
      'SELECT draft_id FROM outbox_items WHERE ticket = ? LIMIT 1',
    ),
    withdraw: db.prepare<[string]>(`DELETE FROM outbox_items WHERE draft_id = ? AND ${notStarted}`),
    retarget: db.prepare<[TargetColumns & { draftId: string; at: string }]>(
      `UPDATE outbox_items SET target_kind = @targetKind, target_base_url = @targetBaseUrl,
         target_username = @targetUsername, state = 'queued', next_attempt_at = NULL, last_error = NULL,
         failures = 0, updated_at = @at
       WHERE draft_id = @draftId AND ${notStarted}`,
    ),
    practiceAmong: db.prepare<[string], { draft_id: string }>(
      `SELECT draft_id FROM outbox_items
       WHERE target_kind = 'practice' AND draft_id IN (SELECT value FROM json_each(?))`,
    ),
    practiceWork: db.prepare<[], { pending: number }>(
      `SELECT EXISTS (SELECT 1 FROM outbox_items o WHERE o.target_kind = 'practice' AND (
         o.state IN ('queued', 'sending', 'waiting', 'needsReview')
         OR EXISTS (SELECT 1 FROM port_tracking t WHERE t.draft_id = o.draft_id AND t.next_poll_at IS NOT NULL)
       )) AS pending`,
    ),
  };
}

export function createItemStatements(db: Database) {
  const stmt = prepareItemStatements(db);
  return {
    insert({ target, bodyJson, ...item }: NewOutboxItem): void {
      stmt.insert.run({ ...item, ...target, numbersJson: JSON.stringify(item.numbers) });
      stmt.insertBody.run(item.draftId, bodyJson);
    },
    /** An item from another computer's export (transfer-history.ts): a record, never due, never sent. */
    insertImported(item: ImportedOutboxItem): void {
      stmt.insertImported.run({ ...item, numbersJson: JSON.stringify(item.numbers) });
    },
    /** Removes an item and everything recorded about it (an import replaces it with the file's record). */
    remove(draftId: string): void {
      stmt.remove.run(draftId);
    },
    /** The whole row, frozen body included: only for sending. */
    item(draftId: string): OutboxRow | undefined {
      return stmt.item.get(draftId);
    },
    itemLight(draftId: string): OutboxRowLight | undefined {
      return stmt.itemLight.get(draftId);
    },
    /** Items of `target` (the current one) due at `now`: items of any other target wait. */
    dueIds(target: TargetColumns, now: string, limit: number): string[] {
      return stmt.due.all({ ...target, now, limit }).map((row) => row.draft_id);
    },
    nextDueAt(target: TargetColumns): string | null {
      return stmt.nextDue.get(target)?.at ?? null;
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
    /** The dealer's "retry now": every waiting item is due at once (its failure count and error stay). */
    retryWaitingNow(): void {
      stmt.retryWaitingNow.run();
    },
    setState(
      draftId: string,
      state: OutboxItemRowState,
      at: string,
      fields: { nextAttemptAt: string | null; lastError: string | null; failures: number },
    ): void {
      stmt.setState.run({ draftId, state, at, ...fields });
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
    ticketOwner(ticket: string): string | null {
      return stmt.ticketOwner.get(ticket)?.draft_id ?? null;
    },
    /** Removes the item (body, attempts and all) if it has not started sending; false otherwise. */
    withdraw(draftId: string): boolean {
      return stmt.withdraw.run(draftId).changes === 1;
    },
    /** Binds the item to another target if it has not started sending; false otherwise. */
    retarget(draftId: string, target: TargetColumns, at: string): boolean {
      return stmt.retarget.run({ ...target, draftId, at }).changes === 1;
    },
    /** Which of these drafts were finalized for the practice carrier. */
    practiceAmong(draftIds: readonly string[]): Set<string> {
      if (draftIds.length === 0) return new Set();
      return new Set(stmt.practiceAmong.all(JSON.stringify(draftIds)).map((row) => row.draft_id));
    },
    /** Whether a practice request is still queued, or still followed after its ticket. */
    hasPracticeWork(): boolean {
      return stmt.practiceWork.get()?.pending === 1;
    },
  };
}
