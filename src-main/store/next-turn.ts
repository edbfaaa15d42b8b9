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
 * `beforeTurn` (asking for a checkpoint) gets a turn of its own, between two turns of the loop: should it
 * run on this thread (checkpointer.ts's fallback), its cost is not added to the slice's.
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
      await nextTurn();
      if (beforeTurn) {
        beforeTurn();
        await nextTurn();
      }
      started = performance.now();
    },
  };
}

/**
 * Copies what is left of the WAL into the database and empties the file (TRUNCATE), outside a
 * transaction. After a purge: the WAL still holds the deleted pages as they were, and only this removes
 * them. Cheap when checkpoints ran between the slices, for then only the last slice is left to copy.
 */
export function truncateWal(db: Database): void {
  try {
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy or failing disk: the periodic checkpoint folds the WAL in later; the rows are deleted.
  }
}
