// The composition root: builds every service from what it needs (a data folder, a cipher, fetch, a clock,
// dialogs, a notifier) and exposes the IPC handlers, the event bus and a graceful shutdown.
// The Electron main process and the browser harness both call this, so they run the same code.
import { join } from 'node:path';
import { createCarrierClient, type CarrierClient, type CarrierCredentials } from '../carrier/client';
import type { Clock } from '../carrier/clock';
import { createHandlers } from '../ipc/handlers';
import type { HandlerDeps } from '../ipc/handlers/deps';
import type { Handlers } from '../ipc/register';
import type { Locale } from '../ipc/types';
import type { Cipher } from '../secrets/cipher';
import { createAccountService, type AccountService } from '../secrets/account';
import { openStore, type Store } from '../store';
import { createEventBus, type EventBus } from './events';
import { interimOutbox, interimTracking, interimWorkflow } from './interim';
import { effectiveLocale } from './locale';
import type { Dialogs, Notifier } from './ports';
import { createReferenceService } from './reference-service';
import { settingsPersistence } from './store-persistence';
import { translateText } from './texts';

/** A running practice carrier: a local imitation of the carrier's API, so nothing is sent to ThinkTel. */
export interface PracticeCarrier {
  credentials: CarrierCredentials;
  stop(): Promise<void>;
}

export interface ServicesOptions {
  dataDir: string;
  cipher: Cipher;
  fetchFn: typeof fetch;
  clock: Clock;
  dialogs: Dialogs;
  notifier: Notifier;
  /** Start the practice carrier while no account is set up (default true). */
  practiceCarrier?: boolean;
  /** How to start the practice carrier; defaults to the embedded one when it is available. */
  startPracticeCarrier?: () => Promise<PracticeCarrier>;
  systemLocale?: string;
  version?: string;
  /** Where unexpected errors are reported (never to the renderer). */
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
  readonly dataDir: string;
  locale(): Locale;
  translate(locale: Locale, key: string, params?: Record<string, string | number>): string;
  practiceMode(): boolean;
  /** The practice carrier's address while it runs (the harness uses it to drive faults). */
  practiceCarrier(): PracticeCarrier | null;
  windowState: WindowStateAccess;
  onLocaleChanged(listener: (locale: Locale) => void): () => void;
  /** Stops background work at a safe point, waits for in-flight database work, closes the database. */
  shutdown(): Promise<void>;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const log = options.log ?? (() => undefined);
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const dateClock = (): Date => new Date(options.clock.now());
  const store = openStore({ file: join(options.dataDir, 'portage.sqlite'), clock: dateClock });
  const events = createEventBus();

  let practice: PracticeCarrier | null = null;
  const account = createAccountService({
    cipher: options.cipher,
    persistence: settingsPersistence(store.settings),
    fetchFn: options.fetchFn,
    clock: options.clock,
    practiceMode: () => practice !== null && !accountConfigured(),
  });
  function accountConfigured(): boolean {
    return account.credentials() !== null;
  }
  const practiceMode = (): boolean => practice !== null && !accountConfigured();

  if (options.practiceCarrier !== false && !accountConfigured() && options.startPracticeCarrier) {
    try {
      practice = await options.startPracticeCarrier();
    } catch {
      log('practice carrier did not start');
    }
  }

  // Read on every request: setting up an account switches from the practice carrier at once.
  const credentials = (): CarrierCredentials | null => account.credentials() ?? practice?.credentials ?? null;
  const carrier = createCarrierClient({ fetchFn: options.fetchFn, credentials, clock: options.clock });

  const locale = (): Locale => effectiveLocale(store.settings.get('language'), systemLocale);
  let online = true;
  const localeListeners = new Set<(locale: Locale) => void>();

  const reference = createReferenceService({
    cache: store.referenceCache,
    carrier,
    clock: dateClock,
    locale,
    translate: (l, key) => translateText(l, key),
  });

  events.subscribe((event, payload) => {
    if (event === 'connectivityChanged') online = (payload as { online: boolean }).online;
    if (event !== 'portStatusChanged' || !store.settings.get('notifications')) return;
    const change = payload as { title: string; status: string };
    options.notifier.notify({
      title: 'Portage',
      body: translateText(locale(), 'notify.portStatus', { title: change.title, status: change.status }),
    });
  });

  const deps: HandlerDeps = {
    store,
    account,
    carrier,
    dialogs: options.dialogs,
    events,
    workflow: interimWorkflow,
    outbox: interimOutbox(() => online),
    tracking: interimTracking,
    reference,
    locale,
    systemLocale,
    version: options.version ?? '0.0.0',
    dataFolder: options.dataDir,
    practiceMode,
    online: () => online,
    onLocaleChanged: (next) => localeListeners.forEach((listener) => listener(next)),
    translate: (l, key) => translateText(l, key),
  };

  let closed = false;
  return {
    handlers: createHandlers(deps),
    events,
    store,
    account,
    carrier,
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
    async shutdown() {
      if (closed) return;
      closed = true;
      // better-sqlite3 is synchronous: no statement is in flight between awaits, so closing here is safe.
      if (practice) await practice.stop().catch(() => undefined);
      store.close();
    },
  };
}
