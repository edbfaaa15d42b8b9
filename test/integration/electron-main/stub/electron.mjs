// A recording stand-in for the `electron` module, loaded only by test/integration/electron-main.
// Electron's binary cannot be downloaded on this machine, so the built main bundle (dist/main/main.js)
// is run in plain Node with `electron` resolved to this file (resolve-electron.mjs). It implements what
// src-main/app uses, reports every call that matters to the parent test process over the Node IPC
// channel ({ kind: 'record', what, ... }), and lets the parent drive it ({ kind: 'command', id, name,
// args } answered by { kind: 'reply', id, value | error }): the app getting ready, a quit, a second
// instance, navigation, window.open, permission requests, app:// requests, IPC calls from a frame URL,
// the file a save dialog saves to, and the button the dealer clicks in a message box (which stays open,
// as a native one does, until the parent answers it).
// Where Electron orders events (before-quit, then the windows' close, then will-quit), so does this.
import { decryptString, encryptString } from './keychain.mjs';
import { EventEmitter } from 'node:events';

const userData = process.env.PORTAGE_STUB_USER_DATA;
if (!userData) throw new Error('electron stub: PORTAGE_STUB_USER_DATA is not set');

/** Functions and class instances become plain data before they cross to the parent. */
function plain(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function record(what, details = {}) {
  process.send?.({ kind: 'record', what, ...details });
}

function describeError(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// Electron shows an uncaught exception of the main process in an error dialog and carries on; the
// stub records it so a test can assert there was none.
process.on('uncaughtException', (error) => record('uncaughtException', { message: describeError(error) }));
process.on('unhandledRejection', (error) => record('unhandledRejection', { message: describeError(error) }));

/** Emits like Electron's native side: a listener's exception is an uncaught exception, not the caller's. */
function emitFromNative(emitter, name, ...args) {
  try {
    emitter.emit(name, ...args);
  } catch (error) {
    record('uncaughtException', { message: describeError(error), during: name });
  }
}

function preventableEvent(extra = {}) {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

function exitWith(code) {
  record('process.exit', { code });
  // Let the records above reach the parent before the channel goes away.
  if (process.send) process.send({ kind: 'record', what: 'bye' }, () => process.exit(code));
  else process.exit(code);
}

// --- app ---------------------------------------------------------------------------------------------

let ready = false;
let markReady = () => undefined;
const readyPromise = new Promise((resolve) => {
  markReady = resolve;
});

class App extends EventEmitter {
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  getPath(name) {
    if (name !== 'userData') throw new Error(`electron stub: getPath('${name}') is not provided`);
    return userData;
  }
  getLocale() {
    return process.env.PORTAGE_STUB_LOCALE ?? 'fr-CA';
  }
  getVersion() {
    return '0.1.0-stub';
  }
  quit() {
    const beforeQuit = preventableEvent();
    emitFromNative(this, 'before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return record('app.quit', { outcome: 'held by before-quit' });
    for (const window of [...windows]) {
      if (!closeWindow(window)) return record('app.quit', { outcome: 'cancelled by a window' });
    }
    const willQuit = preventableEvent();
    emitFromNative(this, 'will-quit', willQuit);
    if (willQuit.defaultPrevented) return record('app.quit', { outcome: 'held by will-quit' });
    emitFromNative(this, 'quit', preventableEvent(), 0);
    record('app.quit', { outcome: 'exit' });
    exitWith(0);
  }
  exit(code = 0) {
    record('app.exit', { code });
    exitWith(code);
  }
}

export const app = new App();

// --- sessions, protocol, IPC -------------------------------------------------------------------------

class Session {
  permissionRequestHandler = null;
  permissionCheckHandler = null;
  devicePermissionHandler = null;
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler) {
    record('session.setDevicePermissionHandler');
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new Session() };

const protocolHandlers = new Map();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', { schemes: plain(schemes), appReady: ready });
  },
  handle(scheme, handler) {
    record('protocol.handle', { scheme, appReady: ready });
    protocolHandlers.set(scheme, handler);
  },
};

const ipcListeners = new Map();

export const ipcMain = {
  handle(channel, listener) {
    if (ipcListeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', { channel });
    ipcListeners.set(channel, listener);
  },
};

// --- windows -----------------------------------------------------------------------------------------

const windows = new Set();

class WebContents extends EventEmitter {
  session = session.defaultSession;
  windowOpenHandler = null;
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  send(channel, payload) {
    record('webContents.send', { channel, payload: plain(payload) });
  }
  isDestroyed() {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.destroyed = false;
    this.minimized = false;
    this.maximized = false;
    // Where the dealer left the window: what getNormalBounds() answers when it is saved.
    this.bounds = { x: 120, y: 90, width: 1111, height: 777 };
    this.webContents = new WebContents();
    windows.add(this);
    record('BrowserWindow', { options: plain(options) });
    // Electron announces every new web contents on the app (main.ts locks navigation there too).
    emitFromNative(app, 'web-contents-created', preventableEvent(), this.webContents);
  }
  static getAllWindows() {
    return [...windows];
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', { url });
    setImmediate(() => emitFromNative(this, 'ready-to-show'));
    return Promise.resolve();
  }
  show() {
    record('BrowserWindow.show');
  }
  focus() {
    record('BrowserWindow.focus');
  }
  minimize() {
    this.minimized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    record('BrowserWindow.restore');
    this.minimized = false;
  }
  maximize() {
    record('BrowserWindow.maximize');
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    closeWindow(this);
  }
}

/** Electron's close: 'close' (preventable), then the window is gone and 'closed' follows. */
function closeWindow(window) {
  if (window.destroyed) return true;
  const event = preventableEvent();
  emitFromNative(window, 'close', event);
  if (event.defaultPrevented) return false;
  window.destroyed = true;
  windows.delete(window);
  emitFromNative(window, 'closed');
  return true;
}

export const screen = {
  getAllDisplays() {
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

// --- everything else main.ts reaches -----------------------------------------------------------------

export const net = {
  fetch: (input, init) => globalThis.fetch(input, init),
  isOnline: () => true,
};

export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString,
  decryptString,
};

export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu', { labels: menu ? menu.template.map((item) => item.label) : null });
  },
};

export const shell = {
  openExternal(url) {
    record('shell.openExternal', { url });
    return Promise.resolve();
  },
};

/** What the dealer picks in the next open dialog (the parent's `pickNext` command); otherwise a cancel. */
let nextPick = null;
/** Where the dealer saves in the next save dialog (the parent's `saveNext` command); otherwise a cancel. */
let nextSave = null;
/** The message box on screen: its buttons and how to answer it (the parent's `answerMessageBox` command). */
let openMessageBox = null;

export const dialog = {
  showOpenDialog(...args) {
    record('dialog.showOpenDialog', { withParent: args.length > 1 });
    const picked = nextPick;
    nextPick = null;
    return Promise.resolve(
      picked ? { canceled: false, filePaths: [picked] } : { canceled: true, filePaths: [] },
    );
  },
  showSaveDialog(...args) {
    record('dialog.showSaveDialog', { withParent: args.length > 1 });
    const saved = nextSave;
    nextSave = null;
    return Promise.resolve(saved ? { canceled: false, filePath: saved } : { canceled: true });
  },
  /** Stays on screen until the parent answers it with one of its buttons' labels. */
  showMessageBox(...args) {
    const options = args.length > 1 ? args[1] : args[0];
    if (openMessageBox) throw new Error('electron stub: a second message box while one is open');
    record('dialog.showMessageBox', {
      withParent: args.length > 1,
      appReady: ready,
      ...plain({
        type: options.type,
        title: options.title,
        message: options.message,
        detail: options.detail,
        buttons: options.buttons,
        defaultId: options.defaultId,
        cancelId: options.cancelId,
      }),
    });
    return new Promise((resolve) => {
      openMessageBox = { buttons: options.buttons ?? [], resolve };
    });
  },
};

export class Notification {
  static isSupported() {
    return true;
  }
  constructor(options) {
    this.options = options;
  }
  show() {
    record('Notification.show', { options: plain(this.options) });
  }
}

// --- what the parent test drives -------------------------------------------------------------------

function mainWindow() {
  const [first] = windows;
  if (!first) throw new Error('electron stub: no window is open');
  return first;
}

async function responseSummary(response) {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

const commands = {
  ready() {
    ready = true;
    emitFromNative(app, 'ready', preventableEvent(), {});
    markReady();
  },
  // From the native event loop, as a menu click would: the reply goes out before the app may exit.
  quit() {
    setImmediate(() => app.quit());
  },
  secondInstance({ argv = [] } = {}) {
    emitFromNative(app, 'second-instance', preventableEvent(), argv, process.cwd(), {});
  },
  minimize() {
    mainWindow().minimize();
  },
  pickNext({ path }) {
    nextPick = path;
  },
  saveNext({ path }) {
    nextSave = path;
  },
  /** Clicks the button of the open message box whose label is `button`. */
  answerMessageBox({ button }) {
    if (!openMessageBox) throw new Error('electron stub: no message box is open');
    const response = openMessageBox.buttons.indexOf(button);
    if (response < 0) throw new Error(`electron stub: the message box has no button "${button}"`);
    const { resolve } = openMessageBox;
    openMessageBox = null;
    record('dialog.messageBoxAnswered', { button, response });
    resolve({ response, checkboxChecked: false });
  },
  closeWindow() {
    const window = mainWindow();
    setImmediate(() => {
      if (closeWindow(window) && windows.size === 0) emitFromNative(app, 'window-all-closed');
    });
  },
  navigate({ url }) {
    const event = preventableEvent({ url });
    emitFromNative(mainWindow().webContents, 'will-navigate', event, url);
    return { prevented: event.defaultPrevented };
  },
  redirect({ url }) {
    const event = preventableEvent({ url });
    emitFromNative(mainWindow().webContents, 'will-redirect', event, url);
    return { prevented: event.defaultPrevented };
  },
  openWindow({ url }) {
    const handler = mainWindow().webContents.windowOpenHandler;
    if (!handler) return { action: 'no handler' };
    return plain(handler({ url, frameName: '', features: '', disposition: 'new-window', referrer: {} }));
  },
  permissionRequest({ permission }) {
    const handler = session.defaultSession.permissionRequestHandler;
    if (!handler) return 'no handler';
    return new Promise((resolve) => handler(mainWindow().webContents, permission, resolve, {}));
  },
  permissionCheck({ permission, origin }) {
    const handler = session.defaultSession.permissionCheckHandler;
    return handler ? handler(mainWindow().webContents, permission, origin, {}) : 'no handler';
  },
  devicePermission({ deviceType, origin }) {
    const handler = session.defaultSession.devicePermissionHandler;
    return handler ? handler({ deviceType, origin }) : 'no handler';
  },
  async protocolRequest({ url, method = 'GET' }) {
    const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) return { status: 'no handler' };
    return responseSummary(await handler(new Request(url, { method })));
  },
  /** `senderUrl`: the calling frame's URL; null for no frame; 'destroyed' for a frame that has gone away. */
  async invoke({ channel, senderUrl, input }) {
    const listener = ipcListeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const destroyedFrame = {
      get url() {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const event = {
      senderFrame:
        senderUrl === null ? null : senderUrl === 'destroyed' ? destroyedFrame : { url: senderUrl },
      sender: [...windows][0]?.webContents ?? null,
      processId: 4,
      frameId: 1,
    };
    return listener(event, input);
  },
};

process.on('message', async (message) => {
  if (!message || message.kind !== 'command') return;
  const command = commands[message.name];
  try {
    if (!command) throw new Error(`electron stub: unknown command ${message.name}`);
    const value = await command(message.args);
    process.send?.({ kind: 'reply', id: message.id, value: plain(value) });
  } catch (error) {
    process.send?.({ kind: 'reply', id: message.id, error: describeError(error) });
  }
});

record('electron stub loaded');
