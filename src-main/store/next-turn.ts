// Giving the event loop a turn in the middle of long work. better-sqlite3 is synchronous and the main
// process serves every window: work that takes longer than a few tens of milliseconds is cut into
// slices, and between two slices the loop runs whatever waits (an autosave, a click, a repaint's IPC).
// setImmediate runs after the I/O callbacks that are ready, so waiting work really does go first.

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
export function sliceTimer(budgetMs = sliceBudgetMs): { due(): boolean; turn(): Promise<void> } {
  let started = performance.now();
  const due = () => performance.now() - started >= budgetMs;
  return {
    due,
    async turn() {
      if (!due()) return;
      await nextTurn();
      started = performance.now();
    },
  };
}
