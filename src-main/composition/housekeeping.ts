// Upkeep the dealer never has to think about:
// - the carrier's reference lists (SIP trunks, offerings, providers, holidays, NPA-NXX) are fetched at
//   start, and again whenever a list is older than a day while the machine is online; offline, drafts
//   are written from the cached copy, whose age the renderer shows;
// - drafts deleted more than 30 days ago leave the trash for good, and so do requests finished longer
//   ago than the dealer's retention period (outbox/retention.ts; off unless the dealer chose one).
import type { ReferenceSync } from '../carrier/reference-sync';
import { defaultReferenceMaxAgeMs } from '../carrier/reference-sync';
import type { Store } from '../store';

/** How often the lists' age and the trash are looked at. Cheap: nothing is fetched while fresh. */
export const housekeepingIntervalMs = 60 * 60 * 1000;

export interface Housekeeping {
  /** Fetch whatever is stale now (the machine just came back online). */
  refreshIfStale(): Promise<void>;
  /** No new run starts; a fetch already on the wire finishes or fails on its own. */
  stop(): void;
}

export interface HousekeepingOptions {
  sync: ReferenceSync;
  store: Store;
  isOnline: () => boolean;
  now: () => Date;
  log: (line: string) => void;
  onDraftsPurged?: (ids: string[]) => void;
  /** Purges the requests past the dealer's retention period; answers their ids. */
  purgeExpired?: () => string[];
  intervalMs?: number;
}

export function startHousekeeping(options: HousekeepingOptions): Housekeeping {
  let stopped = false;
  let running: Promise<void> | null = null;

  function purgeTrash(): void {
    try {
      const purged = options.store.drafts.purgeTrash(options.now());
      if (purged.length > 0) options.onDraftsPurged?.(purged);
    } catch (error) {
      options.log(`trash purge failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    try {
      const expired = options.purgeExpired?.() ?? [];
      if (expired.length > 0) options.onDraftsPurged?.(expired);
    } catch (error) {
      options.log(`retention purge failed: ${error instanceof Error ? error.name : 'error'}`);
    }
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
          options.log(`reference lists not refreshed: ${failed.map(([kind]) => kind).join(', ')}`);
      } catch (error) {
        options.log(`reference refresh failed: ${error instanceof Error ? error.name : 'error'}`);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  purgeTrash();
  void syncReference(true);
  const timer = setInterval(() => {
    purgeTrash();
    void syncReference(false);
  }, options.intervalMs ?? housekeepingIntervalMs);
  timer.unref();

  return {
    refreshIfStale: () => syncReference(false),
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
