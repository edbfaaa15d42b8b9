// The statements on outbox_items: one row per finalized draft, its frozen request and where it stands.
// Part of the outbox repository (outbox-repository.ts), which is the only way into these tables.
import type { Database } from 'better-sqlite3';
import type {
  ImportedOutboxItem,
  ListedRow,
  NewOutboxItem,
  OutboxItemRowState,
  OutboxRow,
  OutboxRowLight,
} from './repository-rows';

/** The columns of a row without the (possibly large) frozen body. */
const light =
  'draft_id, entry_id, method, path, body_sha256, customer_reference, numbers_json, state, attempts, failures, next_attempt_at, last_error, ticket, reply, message, focus_path, evidence, finalized_at, updated_at, imported_at';

export function createItemStatements(db: Database) {
  const stmt = {
    insert: db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
         numbers_json, state, finalized_at, updated_at)
       VALUES (@draftId, @entryId, @method, @path, @bodyJson, @bodySha256, @customerReference, @numbersJson,
         'queued', @at, @at)`,
    ),
    // The body stays empty: an imported item was sent from the other computer and is never sent from here.
    insertImported: db.prepare(
      `INSERT INTO outbox_items (draft_id, entry_id, method, path, body_json, body_sha256, customer_reference,
         numbers_json, state, attempts, ticket, reply, message, focus_path, last_error, evidence, finalized_at,
         updated_at, imported_at)
       VALUES (@draftId, @entryId, @method, @path, '', @bodySha256, @customerReference, @numbersJson, @state,
         @attempts, @ticket, @reply, @message, @focusPath, @lastError, @evidence, @finalizedAt, @updatedAt,
         @importedAt)`,
    ),
    // Its intents, attempts, tracking, timeline and reject go with it (ON DELETE CASCADE).
    remove: db.prepare('DELETE FROM outbox_items WHERE draft_id = ?'),
    item: db.prepare<[string], OutboxRow>('SELECT * FROM outbox_items WHERE draft_id = ?'),
    itemLight: db.prepare<[string], OutboxRowLight>(`SELECT ${light} FROM outbox_items WHERE draft_id = ?`),
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
  };

  return {
    insert(item: NewOutboxItem): void {
      stmt.insert.run({ ...item, numbersJson: JSON.stringify(item.numbers) });
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
  };
}
