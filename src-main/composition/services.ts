// The composition root: builds every service from what it needs (a data folder, a cipher, fetch, a clock,
// dialogs, a notifier) and exposes the IPC handlers, the event bus and a graceful shutdown.
// The Electron main process and the browser harness both call this, so they run the same code.
import { createCarrierTargets } from '../carrier/carrier-targets';
import type { CarrierClient } from '../carrier/client';
import { createEventBus, type EventBus } from '../ipc/events';
import { createHandlers } from '../ipc/handlers';
import { createIntakeWorker } from '../intake/worker-client';
import type { HandlerDeps } from '../ipc/handlers/deps';
import type { Handlers } from '../ipc/register';
import { watchConnectivity } from '../outbox/connectivity';
import { practiceWorkPending } from '../outbox/targets';
import type { PortTracker } from '../outbox/tracking';
import type { OutboxWorker } from '../outbox/worker';
import { createPracticeSession } from '../practice-carrier/practice-session';
import type { PracticeCarrier } from '../practice-carrier/server';
import { createAccountService, type AccountService } from '../secrets/account';
import { createLinePasswords } from '../secrets/line-passwords';
import { type Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';
import type { Store } from '../store';
import type { Backups } from '../store/backups/backups';
import { backupControl, openStoreWithBackups } from './store-with-backups';
import { loadOrCreateDatabaseKey } from '../secrets/database-key';
import { startHousekeeping, type Housekeeping } from './housekeeping';
import { draftsPurged } from './drafts-purged';
import { localeReader } from './locale-reader';
import { withoutSecrets } from './log-without-secrets';
import type { LogLine } from '../shared/domain/log-line';
import { settingsPersistence } from './store-persistence';
import type { ServicesOptions } from './services-options';
import { handlerDeps, outboxParts, referenceParts, type Core } from './service-parts';

export type { ServicesOptions } from './services-options';

export interface WindowStateAccess {
  load(): { x?: number; y?: number; width: number; height: number; maximized?: boolean } | null;
  save(bounds: { x?: number; y?: number; width: number; height: number; maximized?: boolean }): void;
}

export interface Services {
  readonly handlers: Handlers;
  readonly events: EventBus;
  readonly store: Store;
  readonly account: AccountService;
  readonly carrier: CarrierClient;
  readonly worker: OutboxWorker;
  readonly tracker: PortTracker;
  readonly backups: Backups;
  /** The services' log (the options' log, secrets removed): for the app's own lines. */
  readonly log: LogLine;
  /** The housekeeping's trash purge, now (it runs at start and hourly; benchmarks and tests call it). */
  purgeTrash(): Promise<void>;
  readonly dataDir: string;
  locale(): Locale;
  translate(locale: Locale, key: string, params?: Record<string, string | number>): string;
  practiceMode(): boolean;
  /** The practice carrier while it runs (the harness drives its faults). */
  practiceCarrier(): PracticeCarrier | null;
  windowState: WindowStateAccess;
  onLocaleChanged(listener: (locale: Locale) => void): () => void;
  /** Stops background work at a safe point, waits for in-flight requests to be recorded, closes the database. */
  shutdown(): Promise<void>;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  // Every line loses the passwords (in every encoding) before it reaches the log, whatever wrote it.
  const log = withoutSecrets(options.log, () => [account.credentials(), practice.login()]);
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const dateClock = (): Date => new Date(options.clock.now());
  const isOnline = options.isOnline ?? (() => true);
  const databaseKey = await loadOrCreateDatabaseKey({
    dataDir: options.dataDir,
    cipher: options.cipher,
    acceptWeakProtection: options.acceptWeakKeyProtection ?? (async () => true),
  });
  const { store, backups } = openStoreWithBackups({
    dataDir: options.dataDir,
    key: databaseKey.key,
    clock: dateClock,
    log,
    skipIntegrityCheck: options.skipIntegrityCheck === true,
  });
  let stopping: Promise<void> | null = null;
  const locale = localeReader(store, systemLocale, () => stopping !== null);

  const account = createAccountService({
    cipher: options.cipher,
    persistence: settingsPersistence(store.settings),
    fetchFn: options.fetchFn,
    clock: options.clock,
    practiceMode: () => practice.active(),
  });
  const practice = createPracticeSession({
    dataDir: options.dataDir,
    hasAccount: () => account.credentials() !== null,
    hasWork: practiceWorkPending(store),
    enabled: options.practiceCarrier !== false,
    stateKey: databaseKey.key,
    ...(options.practiceCarrierOptions ? { carrierOptions: options.practiceCarrierOptions } : {}),
    log,
  });
  await practice.ensure();
  // One client per carrier target, each reading its credentials at every request: a queued request goes
  // only to the carrier it was finalized for. Reference lists and portability checks follow the current one.
  const targets = createCarrierTargets({
    fetchFn: options.fetchFn,
    clock: options.clock,
    account: () => account.credentials(),
    practice: () => practice.login(),
  });
  const carrier = targets.currentClient;
  const events = options.events ?? createEventBus();
  const linePasswords = createLinePasswords({ store, cipher: options.cipher, clock: dateClock });
  const core: Core = {
    options,
    store,
    events,
    account,
    linePasswords,
    practice,
    targets,
    carrier,
    locale,
    dateClock,
    isOnline,
    log,
    intakeWorker: createIntakeWorker(),
  };
  const { referenceSync, reference } = referenceParts(core);
  const parts = outboxParts(core, reference);
  const { worker, tracker } = parts;

  // Started with the other background work below; the connectivity watch wakes it too.
  let housekeeping: Housekeeping | null = null;
  const connectivity = watchConnectivity({
    isOnline,
    onChange: (online) => {
      events.emit('connectivityChanged', { online });
      if (!online) return;
      worker.wake();
      tracker.pollNow();
      void housekeeping?.refreshIfStale();
    },
  });

  const localeListeners = new Set<(locale: Locale) => void>();
  const deps: HandlerDeps = {
    ...handlerDeps(core, parts, reference, () => connectivity.online(), localeListeners),
    backups: backupControl(backups, options.restoreBackup),
  };

  if (options.background !== false) {
    worker.start();
    tracker.start();
    housekeeping = startHousekeeping({
      sync: referenceSync,
      store,
      isOnline,
      now: dateClock,
      log,
      onDraftsPurged: (ids) => draftsPurged(events, practice, ids),
      purgeExpired: parts.retention.purgeExpired,
    });
    backups.startSchedule();
  }

  return {
    handlers: createHandlers(deps),
    events,
    store,
    account,
    carrier,
    worker,
    tracker,
    backups,
    log,
    purgeTrash: () => housekeeping?.purgeNow() ?? Promise.resolve(),
    dataDir: options.dataDir,
    locale,
    translate: translateText,
    practiceMode: () => practice.active(),
    practiceCarrier: () => practice.carrier(),
    windowState: {
      load: () => store.settings.get('windowState'),
      save: (bounds) =>
        store.settings.set('windowState', { ...bounds, maximized: bounds.maximized ?? false }),
    },
    onLocaleChanged(listener) {
      localeListeners.add(listener);
      return () => {
        localeListeners.delete(listener);
      };
    },
    shutdown() {
      stopping ??= (async () => {
        connectivity.stop();
        housekeeping?.stop();
        // Safe points first: no new send starts, the ones in flight are answered and recorded.
        await Promise.allSettled([worker.stop(), tracker.stop()]);
        // Let change notifications the workers queued (setImmediate) run while the database is open.
        await new Promise((done) => setImmediate(done));
        await new Promise((done) => setImmediate(done));
        await Promise.allSettled([practice.close(), core.intakeWorker.close()]);
        // A backup under way finishes first (its worker reads the database file).
        await backups.stop();
        // better-sqlite3 is synchronous: nothing is mid-statement once the workers have stopped.
        store.close();
      })();
      return stopping;
    },
  };
}
