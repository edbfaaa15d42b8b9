// The loop shared by the outbox sender (worker.ts) and the status tracker (tracking.ts): find the work that
// is due, start up to a limit of it at once, never the same item twice, and otherwise sleep on one wake
// timer until the next due time (or a wake). It never spins: every pass either starts work, whose end
// runs the next pass, or sets the timer. Each user brings its own gates (stopped, paused, offline, 429
// hold), its own "what is due" and "when next", and the work for one item.
import { createWakeTimer } from './wake-timer';

export interface DuePumpOptions<T> {
  /** Nothing may start and no timer is set (stopped, paused): only a later call looks again. */
  closed(): boolean;
  /** The time now (ms), read once per pass, after `closed`. */
  now(): number;
  /** How long to sleep before anything may start (offline backoff, a 429 hold), or null to go ahead. */
  holdMs(now: number): number | null;
  /** How many items may be in flight now (offline: one probe at a time). */
  limit(): number;
  /** Up to `count` due items, first due first; some may already be in flight. */
  due(now: number, count: number): T[];
  idOf(item: T): string;
  /** How long until the next item falls due, or null to sleep until woken. */
  nextDelayMs(now: number): number | null;
  /** The work for one item. */
  process(item: T): Promise<void>;
  /** `process` failed unexpectedly: the pump carries on; the caller logs or records it. */
  failed(item: T, error: unknown): void;
  /** An item's work has ended (whatever the outcome), before the next pass. */
  settled?(item: T): void;
}

export interface DuePump {
  /** One pass: start what is due and allowed, otherwise sleep until the next due time. */
  run(): void;
  /** Items in flight now. */
  readonly inFlight: number;
  /** Clears the timer and resolves once the work in flight now has ended. */
  drain(): Promise<unknown>;
  /** Resolves at once when nothing is in flight and `quiet()`; otherwise at the next idle point. */
  idle(quiet: () => boolean): Promise<void>;
  /** Resolves the idle() waiters when nothing is in flight. */
  settleIdle(): void;
}

export function createDuePump<T>(options: DuePumpOptions<T>): DuePump {
  const timer = createWakeTimer(() => run());
  const inFlight = new Map<string, Promise<void>>();
  let idleWaiters: (() => void)[] = [];

  function settleIdle(): void {
    if (inFlight.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function launch(item: T): void {
    const id = options.idOf(item);
    const work = options
      .process(item)
      .catch((error: unknown) => options.failed(item, error))
      .finally(() => {
        inFlight.delete(id);
        options.settled?.(item);
        run();
      });
    inFlight.set(id, work);
  }

  function run(): void {
    if (options.closed()) return settleIdle();
    const now = options.now();
    const hold = options.holdMs(now);
    if (hold !== null) {
      timer.set(hold);
      return settleIdle();
    }
    const free = options.limit() - inFlight.size;
    if (free > 0) {
      // Asked for as many as could run, in flight included, so the in-flight ones never crowd out new ones.
      const fresh = options
        .due(now, free + inFlight.size)
        .filter((item) => !inFlight.has(options.idOf(item)));
      for (const item of fresh.slice(0, free)) launch(item);
    }
    // With work in flight, its end runs the next pass; with none, sleep until the next due time.
    if (inFlight.size === 0) {
      const delay = options.nextDelayMs(now);
      if (delay !== null) timer.set(delay);
      settleIdle();
    }
  }

  return {
    run,
    get inFlight() {
      return inFlight.size;
    },
    drain() {
      timer.clear();
      return Promise.allSettled([...inFlight.values()]);
    },
    idle(quiet) {
      if (inFlight.size === 0 && quiet()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    settleIdle,
  };
}
