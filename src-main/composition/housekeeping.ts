// Upkeep the dealer never has to think about:
// - the carrier's reference lists (SIP trunks, offerings, providers, holidays, NPA-NXX) are fetched at
//   start, and again whenever a list is older than a day while the machine is online; offline, drafts
//   are written from the cached copy, whose age the renderer shows;
// - drafts deleted more than 30 days ago leave the trash for good, in batches of a few milliseconds with
//   the event loop turning between them (then the documents no draft needs any more, a few megabytes at a
//   time): 10,000 drafts leaving at once never freeze the app; and so do requests finished longer ago
//   than the dealer's retention period (outbox/retention.ts; off unless the dealer chose one).
import type { ReferenceSync } from '../carrier/reference-sync';
import { defaultReferenceMaxAgeMs } from '../carrier/reference-sync';
import { errorKind } from '../shared/domain/failure';
import type { LogLine } from '../shared/domain/log-line';
import type { Store } from '../store';
import { nextTurn, sliceTimer, truncateWal } from '../store/next-turn';

/** How often the lists' age and the trash are looked at. Cheap: nothing is fetched while fresh. */
export const housekeepingIntervalMs = 60 * 60 * 1000;

export interface Housekeeping {
  /** Fetch whatever is stale now (the machine just came back online). */
  refreshIfStale(): Promise<void>;
  /** Purges the trash now (it also runs at start and every interval); resolves when done. */
  purgeNow(): Promise<void>;
  /** No new run starts; a fetch already on the wire finishes or fails on its own. */
  stop(): void;
}

export interface HousekeepingOptions {
  sync: ReferenceSync;
  store: Store;
  isOnline: () => boolean;
  now: () => Date;
  log: LogLine;
  onDraftsPurged?: (ids: string[]) => void;
  /** Purges the requests past the dealer's retention period; answers their ids. */
  purgeExpired?: () => string[];
  intervalMs?: number;
}

/**
 * Drafts per purge statement, with their history, terms and references, overwritten (secure_delete):
 * about a millisecond each, so one statement stays well inside a slice of the loop.
 */
const purgeBatch = 10;
/** Documents per collection: a megabyte or so overwritten (secure_delete), one statement each. */
const collectBytes = 1024 * 1024;

export function startHousekeeping(options: HousekeepingOptions): Housekeeping {
  let stopped = false;
  let running: Promise<void> | null = null;
  let purging: Promise<void> | null = null;

  async function purgeInBatches(): Promise<void> {
    const { drafts, attachments } = options.store;
    const checkpoint = () => options.store.checkpointSoon();
    const slice = sliceTimer(undefined, checkpoint);
    const at = options.now();
    let deleted = 0;
    for (;;) {
      if (stopped) return;
      const purged = drafts.purgeTrash(at, purgeBatch);
      deleted += purged.length;
      if (purged.length > 0) options.onDraftsPurged?.(purged);
      if (purged.length < purgeBatch) break;
      await slice.turn();
    }
    if (stopped) return;
    const expired = options.purgeExpired?.() ?? [];
    if (expired.length > 0) options.onDraftsPurged?.(expired);
    // Then the documents no draft refers to any more, a few megabytes at a time.
    while (!stopped && attachments.collectGarbage(at, collectBytes) > 0) {
      deleted += 1;
      checkpoint();
      await nextTurn();
    }
    // The WAL still holds the deleted pages as they were: only now are they gone from the folder. (The
    // expired requests' purge truncated it itself.) Nothing deleted, nothing to truncate: the hourly run
    // of an empty trash costs no fsync on this thread.
    if (deleted > 0) truncateWal(options.store.db);
  }

  function purgeTrash(): Promise<void> {
    // One purge at a time: the hourly one waits for a long one still under way.
    purging ??= purgeInBatches()
      .catch((error: unknown) => options.log(`trash purge failed: ${errorKind(error)}`, 'error'))
      .finally(() => (purging = null));
    return purging;
  }

  function syncReference(all: boolean): Promise<void> {
    if (stopped || !options.isOnline()) return Promise.resolve();
    // One run at a time: a slow carrier must not stack up fetches of the same lists.
    running ??= (async () => {
      try {
        const results = all
          ? await options.sync.syncAll()
          : await options.sync.syncIfStale(defaultReferenceMaxAgeMs);
        const failed = Object.entries(results).filter(([, result]) => result.status === 'failed');
        if (failed.length > 0)
          options.log(`reference lists not refreshed: ${failed.map(([kind]) => kind).join(', ')}`, 'warn');
      } catch (error) {
        options.log(`reference refresh failed: ${errorKind(error)}`, 'error');
      } finally {
        running = null;
      }
    })();
    return running;
  }

  void purgeTrash();
  void syncReference(true);
  const timer = setInterval(() => {
    void purgeTrash();
    void syncReference(false);
  }, options.intervalMs ?? housekeepingIntervalMs);
  timer.unref();

  return {
    refreshIfStale: () => syncReference(false),
    purgeNow: purgeTrash,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
