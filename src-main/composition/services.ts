// The composition root: builds every service from what it needs (a data folder, a cipher, fetch, a clock,
// dialogs, a notifier) and exposes the IPC handlers, the event bus and a graceful shutdown.
// The Electron main process and the browser harness both call this, so they run the same code.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCarrierClient, type CarrierClient, type CarrierCredentials } from '../carrier/client';
import type { Clock } from '../carrier/clock';
import { createReferenceSync } from '../carrier/reference-sync';
import { createHandlers } from '../ipc/handlers';
import type { HandlerDeps } from '../ipc/handlers/deps';
import type { Handlers } from '../ipc/register';
import type { Locale } from '../shared/ipc-contract/types';
import { createOutboxDrafts } from '../outbox/finalize';
import { createPortTracker, type PortTracker } from '../outbox/tracking';
import type { TrackingSchedule } from '../outbox/tracking-schedule';
import { createOutboxWorker, type OutboxWorker } from '../outbox/worker';
import {
  practiceCredentials,
  startPracticeCarrier,
  type PracticeCarrier,
  type PracticeCarrierOptions,
} from '../practice-carrier/server';
import type { Cipher } from '../secrets/cipher';
import { createAccountService, type AccountService } from '../secrets/account';
import { openStore, type Store } from '../store';
import { createEventBus, type EventBus } from './events';
import { effectiveLocale } from '../shared/domain/locale';
import type { Dialogs, Notifier } from './ports';
import { startHousekeeping, type Housekeeping } from './housekeeping';
import { createReferenceService } from './reference-service';
import { settingsPersistence } from './store-persistence';
import { translateText } from './texts';
import { createWorkflow } from './workflow';
import { todayEastern } from '../shared/domain/eastern-date';

export interface ServicesOptions {
  dataDir: string;
  cipher: Cipher;
  fetchFn: typeof fetch;
  clock: Clock;
  dialogs: Dialogs;
  notifier: Notifier;
  /** Start the embedded practice carrier while no account is set up (default true). */
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
  /** Where unexpected errors and the outbox's log lines go (never to the renderer; never secrets). */
  log?: (line: string) => void;
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

/** How often the system's connectivity is looked at, to tell the renderer and wake the outbox. */
const connectivityCheckMs = 2_000;

export async function createServices(options: ServicesOptions): Promise<Services> {
  const log = options.log ?? (() => undefined);
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const dateClock = (): Date => new Date(options.clock.now());
  const isOnline = options.isOnline ?? (() => true);
  const store = openStore({ file: join(options.dataDir, 'portage.sqlite'), clock: dateClock });
  const events = createEventBus();
  let stopping: Promise<void> | null = null;
  let lastLocale: Locale = effectiveLocale(null, systemLocale);
  const locale = (): Locale => {
    // Read on every call so a change in Settings applies at once; after shutdown, the last one known.
    if (stopping) return lastLocale;
    lastLocale = effectiveLocale(store.settings.get('language'), systemLocale);
    return lastLocale;
  };

  let practice: PracticeCarrier | null = null;
  // Fresh practice credentials every run: the practice carrier listens on loopback and holds what the
  // dealer typed, so a well-known password would let any local process read it.
  const practiceLogin = {
    username: practiceCredentials.username,
    password: randomBytes(24).toString('base64url'),
  };
  const account = createAccountService({
    cipher: options.cipher,
    persistence: settingsPersistence(store.settings),
    fetchFn: options.fetchFn,
    clock: options.clock,
    practiceMode: () => practiceMode(),
  });
  const practiceMode = (): boolean => practice !== null && account.credentials() === null;

  async function ensurePracticeCarrier(): Promise<void> {
    if (practice || options.practiceCarrier === false || account.credentials() !== null) return;
    try {
      practice = await startPracticeCarrier({
        stateFile: join(options.dataDir, 'practice-carrier.json'),
        credentials: practiceLogin,
        ...options.practiceCarrierOptions,
      });
    } catch (error) {
      log(`practice carrier did not start: ${error instanceof Error ? error.name : 'error'}`);
    }
  }
  await ensurePracticeCarrier();

  // Read on every request: setting up an account switches away from the practice carrier at once.
  const practiceAccount = (): CarrierCredentials | null =>
    practice ? { baseUrl: practice.url, ...practiceLogin } : null;
  const carrier = createCarrierClient({
    fetchFn: options.fetchFn,
    credentials: () => account.credentials() ?? practiceAccount(),
    clock: options.clock,
  });

  const worker = createOutboxWorker({
    store,
    client: carrier,
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
  const tracker = createPortTracker({
    store,
    client: carrier,
    clock: dateClock,
    isOnline,
    ...(options.trackingSchedule ? { schedule: options.trackingSchedule } : {}),
    onPortStatusChanged: (change) => events.emit('portStatusChanged', change),
    onDraftsChanged: (ids) => events.emit('draftsChanged', { ids }),
    log,
    locale,
  });
  const referenceSync = createReferenceSync({
    client: carrier,
    cache: store.referenceCache,
    clock: options.clock,
  });
  const reference = createReferenceService({
    cache: store.referenceCache,
    sync: referenceSync,
    locale,
    translate: (l, key) => translateText(l, key),
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
  });

  // Desktop notifications follow the dealer's setting, read at the moment the status changes.
  events.subscribe((event, payload) => {
    if (event !== 'portStatusChanged' || !store.settings.get('notifications')) return;
    const change = payload as { title: string; status: string };
    options.notifier.notify({
      title: 'Portage',
      body: translateText(locale(), 'notify.portStatus', { title: change.title, status: change.status }),
    });
  });

  // Started with the other background work below; the connectivity check wakes it too.
  let housekeeping: Housekeeping | null = null;
  let online = isOnline();
  const connectivity = setInterval(() => {
    const now = isOnline();
    if (now === online) return;
    online = now;
    events.emit('connectivityChanged', { online });
    if (online) {
      worker.wake();
      tracker.pollNow();
      void housekeeping?.refreshIfStale();
    }
  }, connectivityCheckMs);
  connectivity.unref();

  const localeListeners = new Set<(locale: Locale) => void>();
  const deps: HandlerDeps = {
    store,
    account,
    carrier,
    dialogs: options.dialogs,
    events,
    workflow: createWorkflow(store, outboxDrafts),
    outbox: {
      list: () => worker.snapshot(),
      retryNow: () => worker.retryNow(),
      resolveReview: ({ draftId, choice, ticket }) => worker.resolveReview(draftId, choice, ticket),
    },
    tracking: { get: (draftId) => tracker.trackingFor(draftId) },
    reference,
    locale,
    systemLocale,
    version: options.version ?? '0.0.0',
    dataFolder: options.dataDir,
    practiceMode,
    online: () => online,
    onAccountChanged: () => {
      // A new or fixed account: a queue paused on 401/403 drains again.
      worker.resume();
      worker.wake();
      // The account was removed: practice again rather than fail every request.
      void ensurePracticeCarrier();
    },
    onLocaleChanged: (next) => localeListeners.forEach((listener) => listener(next)),
    translate: (l, key) => translateText(l, key),
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
  }

  return {
    handlers: createHandlers(deps),
    events,
    store,
    account,
    carrier,
    worker,
    tracker,
    dataDir: options.dataDir,
    locale,
    translate: translateText,
    practiceMode,
    practiceCarrier: () => practice,
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
        clearInterval(connectivity);
        housekeeping?.stop();
        // Safe points first: no new send starts, the ones in flight are answered and recorded.
        await Promise.allSettled([worker.stop(), tracker.stop()]);
        // Let change notifications the workers queued (setImmediate) run while the database is open.
        await new Promise((done) => setImmediate(done));
        await new Promise((done) => setImmediate(done));
        if (practice) await practice.close().catch(() => undefined);
        // better-sqlite3 is synchronous: nothing is mid-statement once the workers have stopped.
        store.close();
      })();
      return stopping;
    },
  };
}
