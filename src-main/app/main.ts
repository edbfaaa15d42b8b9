// The Electron main process: one instance, the app:// protocol, locked-down sessions, the services from
// the composition root, and a graceful quit that lets the database close cleanly.
import { app, BrowserWindow, ipcMain, net, session } from 'electron';
import { join } from 'node:path';
import { createRestorableServices } from '../composition/restorable-services';
import { openWithRecovery } from '../composition/startup-recovery';
import type { Services } from '../composition/services';
import { createLogFile, logFolderName } from '../diagnostics/log-file';
import { eventChannel } from '../shared/ipc-contract/channel-names';
import { registerHandlers } from '../ipc/register';
import { trustedSenderCheck } from '../ipc/sender';
import { appOrigin } from './app-origin';
import { electronDialogs } from './dialogs';
import { installMenu } from './menu';
import { lockNavigation } from './navigation';
import { electronNotifier } from './notifier';
import { denyAllPermissions } from './permissions';
import { askRecovery, saveRecoveredExport } from './recovery-dialog';
import { registerAppScheme, serveRenderer } from './protocol';
import { safeStorageCipher } from './safe-storage-cipher';
import { askWeakKeyProtection } from './startup-dialogs';
import { createMainWindow } from './window';

// dist/main/main.js → dist/renderer and dist/preload.
const distRoot = join(import.meta.dirname, '..');
const rendererRoot = join(distRoot, 'renderer');
const preloadPath = join(distRoot, 'preload', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let quitting = false;

// The log file in the data folder (logs/portage.log, rotating): a packaged app has no console to read.
// In development every line is echoed to stderr as well.
const logFile = createLogFile({
  dir: join(app.getPath('userData'), logFolderName),
  ...(app.isPackaged ? {} : { echo: (line: string) => console.error(line) }),
});

registerAppScheme();

// Every web contents, including any the app never meant to create, gets the same navigation lock.
app.on('web-contents-created', (_event, contents) => lockNavigation(contents));

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  serveRenderer(rendererRoot);

  const dataDir = app.getPath('userData');
  const clock = { now: () => Date.now() };
  const log = logFile.write;
  // Data that cannot be opened is never a silent exit: the dealer is asked what to do (recovery-dialog.ts).
  services = await openWithRecovery(
    () =>
      createRestorableServices({
        dataDir,
        cipher: safeStorageCipher,
        acceptWeakKeyProtection: askWeakKeyProtection,
        // Chromium's network stack: the system's proxies and certificate store, like the dealer's browser.
        fetchFn: (input, init) => net.fetch(input instanceof URL ? input.toString() : input, init),
        clock,
        isOnline: () => net.isOnline(),
        dialogs: electronDialogs(() => mainWindow),
        notifier: electronNotifier,
        systemLocale: app.getLocale(),
        version: app.getVersion(),
        log,
      }),
    {
      dataDir,
      cipher: safeStorageCipher,
      clock,
      acceptWeakKeyProtection: askWeakKeyProtection,
      log,
      ask: askRecovery,
      save: saveRecoveredExport,
    },
  );
  if (!services) {
    app.quit();
    return;
  }
  const running = services;

  registerHandlers(ipcMain, running.handlers, {
    isTrustedSender: trustedSenderCheck(appOrigin),
    locale: running.locale,
    translate: running.translate,
    onInternalError: (channel, error) =>
      running.log(`IPC ${channel} failed: ${error instanceof Error ? error.name : typeof error}`, 'error'),
  });
  running.events.subscribe((event, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(eventChannel(event), payload);
  });

  installMenu(running.locale());
  running.onLocaleChanged((locale) => installMenu(locale));

  mainWindow = createMainWindow({
    preloadPath,
    state: running.windowState,
    title: 'Portage',
    log: (line) => console.error(line),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  // Held at 'will-quit', not 'before-quit': Electron closes the windows between the two, and the window
  // saves its size and place in the database as it closes, so the database must still be open then.
  app.on('will-quit', (event) => {
    if (quitting || !services) return;
    // Hold the quit until the services have stopped at a safe point and closed the database.
    event.preventDefault();
    quitting = true;
    const running = services;
    services = null;
    void running.shutdown().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // The code of a Failure, else the error's name: never its message, which may quote a path or data.
      const code = (error as { code?: unknown } | null)?.code;
      logFile.write(
        `Portage could not start: ${typeof code === 'string' ? code : error instanceof Error ? error.name : 'error'}`,
        'error',
      );
      console.error('Portage could not start', error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
