// Giving the event loop a turn in the middle of long work. better-sqlite3 is synchronous and the main
// process serves every window: work that takes longer than a few tens of milliseconds is cut into
// slices, and between two slices the loop runs whatever waits (an autosave, a click, a repaint's IPC).
// setImmediate runs after the I/O callbacks that are ready, so waiting work really does go first.

import type { Database } from 'better-sqlite3';

/** Resolves on the loop's next turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long one slice may run before the loop gets a turn. */
export const sliceBudgetMs = 25;

/**
 * A clock for a slice: `due()` is true once `budgetMs` have passed since the last turn; `turn()` gives
 * the loop its turn if due (and starts a new slice). Use in a loop over work items of varying cost.
 */
export function sliceTimer(
  budgetMs = sliceBudgetMs,
  beforeTurn?: () => void,
): { due(): boolean; turn(): Promise<void> } {
  let started = performance.now();
  const due = () => performance.now() - started >= budgetMs;
  return {
    due,
    async turn() {
      if (!due()) return;
      beforeTurn?.();
      await nextTurn();
      started = performance.now();
    },
  };
}

/**
 * Copies the WAL's frames into the database (PASSIVE: it never waits on anyone), outside a transaction.
 * Long writing work calls it between slices: otherwise the WAL grows to the automatic checkpoint's 32 MB
 * (store.ts) and that checkpoint, copying and encrypting all of it at once, lands inside one step and
 * freezes the loop for most of a second. Between slices, each checkpoint copies one slice's writes.
 */
export function checkpointBetweenSlices(db: Database): void {
  try {
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing disk: the next write reports it; the next slice tries again.
  }
}
