// One pending wake-up at a time: the due-item pump (due-pump.ts, for the worker and for the tracker) sleeps
// until its next due item, and any new schedule replaces the old one (so a wake() or a sooner item never
// leaves a stale timer behind).

/** setTimeout's limit; a longer delay would fire at once. */
const maxDelayMs = 2 ** 31 - 1;

export interface WakeTimer {
  /** Call `wake` after `delayMs`, replacing any wake-up already set. */
  set(delayMs: number): void;
  clear(): void;
}

export function createWakeTimer(wake: () => void): WakeTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    set(delayMs) {
      clear();
      timer = setTimeout(
        () => {
          timer = null;
          wake();
        },
        Math.max(0, Math.min(delayMs, maxDelayMs)),
      );
    },
    clear,
  };
}
