// The composition root: builds every service from what it needs (a data folder, a cipher, fetch, a clock,
// dialogs, a notifier) and exposes the IPC handlers, the event bus and a graceful shutdown.
// The Electron main process and the browser harness both call this, so they run the same code.
import { createCarrierTargets, type CarrierTargets } from '../carrier/carrier-targets';
import type { CarrierClient } from '../carrier/client';
import type { Clock } from '../carrier/clock';
import type { ReferenceService } from '../carrier/reference-service';
import { createEventBus, type EventBus } from '../ipc/events';
import { createHandlers } from '../ipc/handlers';
import type { HandlerDeps } from '../ipc/handlers/deps';
import type { Dialogs, Notifier } from '../ipc/ports';
import type { Handlers } from '../ipc/register';
import { watchConnectivity } from '../outbox/connectivity';
import { createOutboxDrafts } from '../outbox/finalize';
import { statusNotifications } from '../outbox/status-notifications';
import { practiceDraftsReader, practiceWorkPending } from '../outbox/targets';
import { createPortTracker, type PortTracker } from '../outbox/tracking';
import { createTransferHistory } from '../outbox/transfer-history';
import type { TrackingSchedule } from '../outbox/tracking-schedule';
import { createOutboxWorker, type OutboxWorker } from '../outbox/worker';
import { createPracticeSession, type PracticeSession } from '../practice-carrier/practice-session';
import type { PracticeCarrier, PracticeCarrierOptions } from '../practice-carrier/server';
import { createAccountService, type AccountService } from '../secrets/account';
import { createLinePasswords, type LinePasswords } from '../secrets/line-passwords';
import type { Cipher } from '../secrets/cipher';
import { todayEastern } from '../shared/domain/eastern-date';
import { effectiveLocale, type Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';
import type { Store } from '../store';
import type { LogLine } from '../shared/domain/log-line';
import type { Backups } from '../store/backups/backups';
import type { RestoreResult } from '../shared/domain/backups';
import { backupControl, openStoreWithBackups } from './store-with-backups';
import { loadOrCreateDatabaseKey } from '../secrets/database-key';
import { splitDraft } from '../store/draft-split';
import { startHousekeeping, type Housekeeping } from './housekeeping';
import { settingsPersistence } from './store-persistence';
import { withoutSecrets } from './log-without-secrets';
import { referenceParts } from './reference-parts';
import { diagnosticsFor } from './diagnostics-deps';
export interface ServicesOptions {
  dataDir: string;
  cipher: Cipher;
  fetchFn: typeof fetch;
  clock: Clock;
  dialogs: Dialogs;
  notifier: Notifier;
  /** Start the embedded practice carrier while no account is set up or practice requests remain (default true). */
  practiceCarrier?: boolean;
  /** Options for the practice carrier (the harness fixes its port and speeds up its statuses). */
  practiceCarrierOptions?: Omit<PracticeCarrierOptions, 'credentials' | 'clock'>;
  /** The system's connectivity (Electron's net.isOnline). Default: always online. */
  isOnline?: () => boolean;
  /** How often port statuses are asked for (the harness shortens it). */
  trackingSchedule?: TrackingSchedule;
  firstPollDelayMs?: number;
  /** Start the outbox worker and the tracker (default true). Tests of IPC input alone turn them off. */
  background?: boolean;
  systemLocale?: string;
  version?: string;
  /**
   * Asked on first start when this computer's key store cannot truly protect the database key (Linux
   * without a keyring): true keeps the key with weaker protection. Default: accept (tools, harness).
   */
  acceptWeakKeyProtection?: () => Promise<boolean>;
  /** Where every service's log lines go (the log file; never the renderer), passwords removed first. */
  log?: LogLine;
  /** The event bus to use, so it outlives a restore (restorable-services.ts); default a new one. */
  events?: EventBus;
  /** Restores a backup under the running app (restorable-services.ts); without it a restore is refused. */
  restoreBackup?: (id: string) => Promise<RestoreResult>;
  /** Open the database without quick_check: it was just checked (a backup being restored). */
  skipIntegrityCheck?: boolean;
}

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
  readonly dataDir: string;
  /** The services' log (the options' log, secrets removed): for the app's own lines. */
  readonly log: LogLine;
  locale(): Locale;
  translate(locale: Locale, key: string, params?: Record<string, string | number>): string;
  practiceMode(): boolean;
  /** The practice carrier while it runs (the harness drives its faults). */
  practiceCarrier(): PracticeCarrier | null;
  windowState: WindowStateAccess;
  onLocaleChanged(listener: (locale: Locale) => void): () => void;
  /** The housekeeping's trash purge, now (it runs at start and hourly; benchmarks and tests call it). */
  purgeTrash(): Promise<void>;
  /** Stops background work at a safe point, waits for in-flight requests to be recorded, closes the database. */
  shutdown(): Promise<void>;
}

/** The dealer's language: read on every call so a change in Settings applies at once. */
function localeReader(store: Store, systemLocale: string, stopped: () => boolean): () => Locale {
  let last: Locale = effectiveLocale(null, systemLocale);
  return () => {
    // After shutdown the database is closed: the last language known.
    if (stopped()) return last;
    last = effectiveLocale(store.settings.get('language'), systemLocale);
    return last;
  };
}

interface Core {
  options: ServicesOptions;
  store: Store;
  events: EventBus;
  account: AccountService;
  linePasswords: LinePasswords;
  practice: PracticeSession;
  targets: CarrierTargets;
  carrier: CarrierClient;
  locale: () => Locale;
  dateClock: () => Date;
  isOnline: () => boolean;
  log: LogLine;
}

/** The outbox worker, the tracker and finalize, wired to each other and to the event bus. */
function outboxParts(core: Core, reference: ReferenceService) {
  const { options, store, events, targets, locale, dateClock, isOnline, log } = core;
  const notify = statusNotifications({
    notifier: options.notifier,
    enabled: () => store.settings.get('notifications'),
    locale,
  });
  const worker: OutboxWorker = createOutboxWorker({
    store,
    targets,
    clock: dateClock,
    isOnline,
    onChange: (state) => events.emit('outboxChanged', state),
    onDraftsChanged: (ids) => events.emit('draftsChanged', { ids }),
    // A port just got its ticket: the tracker looks at its schedule again instead of sleeping on.
    onSubmitted: () => tracker.wake(),
    ...(options.firstPollDelayMs !== undefined ? { firstPollDelayMs: options.firstPollDelayMs } : {}),
    log,
    snapshot: { locale },
  });
  const tracker: PortTracker = createPortTracker({
    store,
    targets,
    clock: dateClock,
    isOnline,
    ...(options.trackingSchedule ? { schedule: options.trackingSchedule } : {}),
    onPortStatusChanged: (change) => {
      events.emit('portStatusChanged', change);
      notify(change);
    },
    onDraftsChanged: (ids) => events.emit('draftsChanged', { ids }),
    log,
    locale,
  });
  const outboxDrafts = createOutboxDrafts({
    store,
    clock: dateClock,
    readyContext: () => {
      const data = reference.get();
      return {
        today: todayEastern(dateClock()),
        providers: data.providers,
        npanxx: data.npanxx,
        holidays: data.holidays,
      };
    },
    onQueued: () => worker.wake(),
    target: () => targets.current(),
    linePasswords: (draftId) => core.linePasswords.reveal(draftId),
  });
  return { worker, tracker, outboxDrafts };
}

type OutboxParts = ReturnType<typeof outboxParts>;

function handlerDeps(
  core: Core,
  parts: OutboxParts,
  reference: ReferenceService,
  online: () => boolean,
  localeListeners: Set<(locale: Locale) => void>,
): Omit<HandlerDeps, 'backups'> {
  const { options, store, account, practice, events, linePasswords } = core;
  const { worker, tracker } = parts;
  return {
    store,
    account,
    linePasswords,
    carrier: core.carrier,
    dialogs: options.dialogs,
    events: core.events,
    workflow: {
      split: (id) => splitDraft(store, id),
      finalize: (id, options) => parts.outboxDrafts.finalizeDraft(id, options),
      editCopy: (id) => parts.outboxDrafts.editCopy(id),
      copiedRejection: (id) => parts.outboxDrafts.copiedRejection(id),
    },
    outbox: {
      list: () => worker.snapshot(),
      retryNow: () => worker.retryNow(),
      resolveReview: ({ draftId, choice, ticket }) => worker.resolveReview(draftId, choice, ticket),
      pullBack: (draftId) => worker.pullBack(draftId),
      practiceAmong: practiceDraftsReader(store),
      sendToCurrent: (draftIds) => worker.sendToCurrent(draftIds),
    },
    tracking: { get: (draftId) => parts.tracker.trackingFor(draftId) },
    transferHistory: createTransferHistory(store),
    reference,
    locale: core.locale,
    systemLocale: options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    version: options.version ?? '0.0.0',
    dataFolder: options.dataDir,
    practiceMode: () => practice.active(),
    online,
    onAccountChanged: () => {
      // A new or fixed account: a queue paused on 401/403 drains again (the requests of that account;
      // the others wait for the dealer's choice), and the outbox view says which wait and why.
      worker.resume();
      // The account was removed: practice again rather than fail every request. Then the tickets of
      // whichever carriers are reachable now are followed, and the window hears of it (the banner).
      void practice
        .ensure()
        .then(() => {
          worker.wake();
          tracker.wake();
          events.emit('accountChanged', account.summary());
        })
        // Shut down meanwhile: there is no window left to tell.
        .catch(() => undefined);
    },
    onLocaleChanged: (next) => localeListeners.forEach((listener) => listener(next)),
    translate: (l, key) => translateText(l, key),
    diagnostics: diagnosticsFor(store.db, options, {
      locale: core.locale,
      practiceMode: () => practice.active(),
      online,
      now: core.dateClock,
    }),
  };
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
      onDraftsPurged: (ids) => events.emit('draftsChanged', { ids }),
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
    dataDir: options.dataDir,
    log,
    locale,
    translate: translateText,
    practiceMode: () => practice.active(),
    practiceCarrier: () => practice.carrier(),
    purgeTrash: () => housekeeping?.purgeNow() ?? Promise.resolve(),
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
        await practice.close();
        // A backup under way finishes first (its worker reads the database file).
        await backups.stop();
        // better-sqlite3 is synchronous: nothing is mid-statement once the workers have stopped.
        store.close();
      })();
      return stopping;
    },
  };
}
