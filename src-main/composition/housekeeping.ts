// Upkeep the dealer never has to think about:
// - the carrier's reference lists (SIP trunks, offerings, providers, holidays, NPA-NXX) are fetched at
//   start, and again whenever a list is older than a day while the machine is online; offline, drafts
//   are written from the cached copy, whose age the renderer shows;
// - drafts deleted more than 30 days ago leave the trash for good.
import type { ReferenceSync } from '../carrier/reference-sync';
import { defaultReferenceMaxAgeMs } from '../carrier/reference-sync';
import { errorKind } from '../shared/domain/failure';
import type { LogLine } from '../shared/domain/log-line';
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
  log: LogLine;
  onDraftsPurged?: (ids: string[]) => void;
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
      options.log(`trash purge failed: ${errorKind(error)}`, 'error');
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
          options.log(`reference lists not refreshed: ${failed.map(([kind]) => kind).join(', ')}`, 'warn');
      } catch (error) {
        options.log(`reference refresh failed: ${errorKind(error)}`, 'error');
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
