// Every SQL statement on the outbox tables (migrations 002 and 004). The worker, finalize and tracking go through
// here; none of them writes SQL of its own. The statements are grouped by the tables they own:
// repository-items.ts (outbox_items), repository-attempts.ts (intents and the audit trail) and
// repository-tracking.ts (status polling, timeline, rejects) and repository-origins.ts (where an "edit a
// copy" draft came from, migration 006); this file joins them into one repository.
// Times are ISO 8601 UTC strings, which sort as they compare.
import type { Database } from 'better-sqlite3';
import { createAttemptStatements } from './repository-attempts';
import { createItemStatements } from './repository-items';
import { createOriginStatements } from './repository-origins';
import { createTrackingStatements } from './repository-tracking';

export {
  outboxItemStates,
  pendingStates,
  type AttemptRecord,
  type AttemptRow,
  type ImportedOutboxItem,
  type DueTrackingRow,
  type IntentRow,
  type ListedRow,
  type NewOutboxItem,
  type OutboxItemRowState,
  type OutboxRow,
  type OutboxRowLight,
  type RejectRow,
  type TrackingRow,
} from './repository-rows';

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

export function createOutboxRepository(db: Database) {
  return {
    ...createItemStatements(db),
    ...createAttemptStatements(db),
    ...createTrackingStatements(db),
    ...createOriginStatements(db),
  };
}
