// The services as the Electron main process and the harness hold them: the same as createServices, but
// able to restore a backup while the app runs. Every service is built on the one open database, so a
// restore stops them all at a safe point (createServices' shutdown), swaps the file (the current one set
// aside: src-main/store/recovery/restore.ts) and builds them again on the restored database. What the
// app holds on to stays put across that: the IPC handlers (each call waits while a restore runs, then
// goes to the services of the moment), the event bus, and the language listeners.
import { join } from 'node:path';
import { invokeChannelNames, type ChannelName } from '../shared/ipc-contract/channel-names';
import type { Handlers } from '../ipc/register';
import { createEventBus } from '../ipc/events';
import type { Locale } from '../shared/domain/locale';
import type { RestoreResult } from '../shared/domain/backups';
import { databaseFileName } from '../store';
import { restoreWhileRunning } from '../store/recovery/restore';
import { createServices, type Services, type ServicesOptions } from './services';

type AnyHandler = (input: unknown) => unknown;

export async function createRestorableServices(options: ServicesOptions): Promise<Services> {
  const events = options.events ?? createEventBus();
  const localeListeners = new Set<(locale: Locale) => void>();
  let current: Services;
  /** Settles when no restore is running. */
  let idle: Promise<void> = Promise.resolve();

  async function open(checked: boolean): Promise<void> {
    const next = await createServices({ ...options, events, restoreBackup, skipIntegrityCheck: checked });
    next.onLocaleChanged((locale) => localeListeners.forEach((listener) => listener(locale)));
    current = next;
  }

  async function restoreBackup(id: string): Promise<RestoreResult> {
    const before = idle;
    let done = (): void => undefined;
    idle = new Promise((resolve) => (done = resolve));
    try {
      await before;
      const result = await restoreWhileRunning({
        backups: current.backups,
        id,
        file: join(options.dataDir, databaseFileName),
        now: () => new Date(options.clock.now()),
        close: () => current.shutdown(),
        reopen: open,
      });
      // The restored data may hold another language choice: the menu follows it.
      const locale = current.locale();
      localeListeners.forEach((listener) => listener(locale));
      return result;
    } finally {
      done();
    }
  }

  await open(false);

  const handlers = Object.fromEntries(
    invokeChannelNames.map((name: ChannelName) => [
      name,
      async (input: unknown) => {
        await idle;
        return (current.handlers[name] as AnyHandler)(input);
      },
    ]),
  ) as unknown as Handlers;

  return {
    handlers,
    events,
    get store() {
      return current.store;
    },
    get account() {
      return current.account;
    },
    get carrier() {
      return current.carrier;
    },
    get worker() {
      return current.worker;
    },
    get tracker() {
      return current.tracker;
    },
    get backups() {
      return current.backups;
    },
    dataDir: options.dataDir,
    log: (line, level) => current.log(line, level),
    purgeTrash: () => current.purgeTrash(),
    locale: () => current.locale(),
    translate: (locale, key, params) => current.translate(locale, key, params),
    practiceMode: () => current.practiceMode(),
    practiceCarrier: () => current.practiceCarrier(),
    windowState: {
      load: () => current.windowState.load(),
      save: (bounds) => current.windowState.save(bounds),
    },
    onLocaleChanged(listener) {
      localeListeners.add(listener);
      return () => {
        localeListeners.delete(listener);
      };
    },
    async shutdown() {
      await idle;
      await current.shutdown();
    },
  };
}
