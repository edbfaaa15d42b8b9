// The statements behind the exactly-once protocol: claiming an item for an attempt, the intent committed
// before each POST (outbox_intents) and the audit trail of every request made for an item (outbox_attempts).
// Part of the outbox repository (outbox-repository.ts), which is the only way into these tables.
import type { Database } from 'better-sqlite3';
import type { AttemptRecord, AttemptRow, IntentRow } from './repository-rows';

export function createAttemptStatements(db: Database) {
  const stmt = {
    startAttempt: db.prepare(
      `UPDATE outbox_items SET state = 'sending', attempts = @attempt, updated_at = @at
       WHERE draft_id = @draftId AND state IN ('queued', 'waiting') AND attempts = @attempt - 1`,
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
  };

  return {
    /**
     * Claims the item for attempt `attempt` and records the intent. False when the item changed since it
     * was read (another worker on the same file claimed it): then nothing is recorded and nothing is sent.
     */
    startAttempt(draftId: string, attempt: number, sha: string, at: string): boolean {
      if (stmt.startAttempt.run({ draftId, attempt, at }).changes !== 1) return false;
      stmt.insertIntent.run({ draftId, attempt, sha, at });
      return true;
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
  };
}
