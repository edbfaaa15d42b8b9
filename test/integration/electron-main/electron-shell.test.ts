// The built Electron shell, run: dist/main/main.js in a child Node process and dist/preload/preload.cjs
// in a node:vm context.
//
// electron is replaced by a recording stub because its binary cannot be downloaded on this machine; everything else is the real built bundle.
// The stub (stub/electron.mjs, resolved for the bare specifier `electron` by stub/resolve-electron.mjs
// through `node --import stub/register.mjs`) records what the main process asks of Electron and plays
// Electron's part when the test drives it: the app gets ready, a frame calls IPC, the page navigates, the
// dealer quits. The services, the SQLite file (in a temp userData folder), the embedded practice carrier
// on loopback and the protocol handler are the real ones.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { openAppDatabase } from '../../support/app-database';
import { stubSafeStorageCipher } from './stub-cipher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/app/content-policy';
import {
  eventChannel,
  eventMethodName,
  eventNames,
  invokeChannelNames,
  splitChannelName,
} from '../../../src-main/shared/ipc-contract/channel-names';
import type {
  AccountInfo,
  AppInfo,
  DraftDetail,
  DraftList,
  IpcResult,
} from '../../../src-main/shared/ipc-contract/types';
import {
  ensureFreshBuild,
  mainBundlePath,
  preloadBundlePath,
  rendererIndexPath,
  repoRoot,
} from './built-app';
import { launchMainProcess, type MainProcess, type StubRecord } from './main-process';

const appPage = 'app://portage/index.html';
const evilPage = 'https://evil.example/';
/** Where the stub's window says the dealer left it (stub/electron.mjs getNormalBounds). */
const leftAt = { x: 120, y: 90, width: 1111, height: 777 };
const typedName = 'Dépanneur Tremblay';
const password = 'correct horse battery staple 42';

interface SettingRow {
  key: string;
  json: string | null;
  blob: Buffer | null;
}

interface HttpSummary {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface WindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  webPreferences?: Record<string, unknown>;
}

let userData: string;

beforeAll(() => {
  ensureFreshBuild();
  userData = mkdtempSync(join(tmpdir(), 'portage-electron-main-'));
});

afterAll(() => {
  rmSync(userData, { recursive: true, force: true });
});

const launch = (): MainProcess =>
  launchMainProcess({ mainBundle: mainBundlePath, userData, cwd: repoRoot, locale: 'fr-CA' });

function invoke<T>(main: MainProcess, channel: string, senderUrl: string | null, input?: unknown) {
  return main.command<IpcResult<T>>('invoke', { channel, senderUrl, input });
}

function windowOptions(main: MainProcess): WindowOptions[] {
  return main.recordsOf('BrowserWindow').map((record) => record.options as WindowOptions);
}

/** What Electron would show in its "JavaScript error in the main process" dialog, or log as a warning. */
function mainProcessErrors(main: MainProcess): StubRecord[] {
  return main.records.filter(({ what }) => what === 'uncaughtException' || what === 'unhandledRejection');
}

function sqliteFiles(): string[] {
  return readdirSync(userData)
    .filter((name) => name.startsWith('portage.sqlite'))
    .sort();
}

describe('the built main process, first launch', () => {
  let main: MainProcess;
  let beforeReady: StubRecord[];

  beforeAll(async () => {
    main = launch();
    await main.waitFor('electron stub loaded');
    await main.waitFor('app.requestSingleInstanceLock');
    beforeReady = [...main.records];
    await main.command('ready');
    await main.waitFor('BrowserWindow');
    await main.waitFor('BrowserWindow.show');
  });

  afterAll(() => main.kill());

  it('asks for the single-instance lock and registers app:// as a privileged scheme before ready', () => {
    const whats = beforeReady.map(({ what }) => what);
    expect(whats).toContain('app.requestSingleInstanceLock');
    const [registration, ...again] = main.recordsOf('protocol.registerSchemesAsPrivileged');
    expect(again).toEqual([]);
    expect(registration).toMatchObject({
      appReady: false,
      schemes: [{ scheme: 'app', privileges: { standard: true, secure: true } }],
    });
    // Nothing that needs a ready app happened before it.
    expect(whats).not.toContain('BrowserWindow');
    expect(whats).not.toContain('protocol.handle');
    expect(main.recordsOf('protocol.handle')).toEqual([
      { what: 'protocol.handle', scheme: 'app', appReady: true },
    ]);
  });

  it('brings the existing window back when the dealer launches Portage a second time', async () => {
    await main.command('minimize');
    await main.command('secondInstance', { argv: ['portage'] });
    const restored = main.records.findIndex(({ what }) => what === 'BrowserWindow.restore');
    const focused = main.records.findIndex(({ what }) => what === 'BrowserWindow.focus');
    expect(restored).toBeGreaterThan(-1);
    expect(focused).toBeGreaterThan(restored);
    expect(windowOptions(main)).toHaveLength(1);
  });

  it('serves the built renderer at app://portage/ with the strict CSP header', async () => {
    const index = readFileSync(rendererIndexPath, 'utf8');
    for (const url of ['app://portage/', appPage]) {
      const page = await main.command<HttpSummary>('protocolRequest', { url });
      expect(page.status).toBe(200);
      expect(page.body).toBe(index);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);

    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const asset = await main.command<HttpSummary>('protocolRequest', { url: `app://portage/${script}` });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['content-security-policy']).toBe(contentSecurityPolicy);
  });

  it('serves nothing outside the renderer folder, from another host, or for anything but GET', async () => {
    const refused = [
      'app://portage/..%2F..%2Fpackage.json',
      'app://portage/..%5C..%5Cpackage.json',
      'app://portage/%2e%2e/%2e%2e/package.json',
      'app://portage/assets/..%2F..%2F..%2Fpackage.json',
      'app://portage/%2Fwork%2Fmain%2Fpackage.json',
      'app://portage/index.html%00.js',
      'app://evil/index.html',
      'app://portage/no-such-file.js',
    ];
    for (const url of refused) {
      const answer = await main.command<HttpSummary>('protocolRequest', { url });
      expect({ url, status: answer.status }).toEqual({ url, status: 404 });
      expect(answer.body).not.toContain('"name": "portage"');
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
    }
    const post = await main.command<HttpSummary>('protocolRequest', { url: appPage, method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('opens one window, locked down, with the built preload, on the app page, shown once ready', () => {
    const [window, ...others] = windowOptions(main);
    expect(others).toEqual([]);
    const web = window?.webPreferences ?? {};
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: preloadBundlePath,
    });
    expect(web.webSecurity).not.toBe(false);
    expect(existsSync(preloadBundlePath)).toBe(true);
    expect(window?.show).toBe(false);
    expect(main.recordsOf('BrowserWindow.loadURL')).toEqual([
      { what: 'BrowserWindow.loadURL', url: appPage },
    ]);
    expect(main.recordsOf('BrowserWindow.show')).toHaveLength(1);
  });

  it('denies every permission request and check but writing to the clipboard', async () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(await main.command('permissionRequest', { permission })).toBe(false);
      expect(await main.command('permissionCheck', { permission, origin: 'app://portage' })).toBe(false);
    }
    // "Copy diagnostics" writes its text from the window.
    const write = { permission: 'clipboard-sanitized-write', origin: 'app://portage' };
    expect(await main.command('permissionRequest', write)).toBe(true);
    expect(await main.command('permissionCheck', write)).toBe(true);
    expect(await main.command('devicePermission', { deviceType: 'usb', origin: 'app://portage' })).toBe(
      false,
    );
  });

  it('never opens a window; only an allowlisted carrier link goes to the dealer’s browser', async () => {
    expect(await main.command('openWindow', { url: evilPage })).toEqual({ action: 'deny' });
    expect(await main.command('openWindow', { url: appPage })).toEqual({ action: 'deny' });
    expect(await main.command('openWindow', { url: 'https://www.thinktel.ca/portage' })).toEqual({
      action: 'deny',
    });
    expect(main.recordsOf('shell.openExternal').map(({ url }) => url)).toEqual([
      'https://www.thinktel.ca/portage',
    ]);
  });

  it('keeps the page in the app: navigation and redirects away are prevented', async () => {
    expect(await main.command('navigate', { url: evilPage })).toEqual({ prevented: true });
    expect(await main.command('navigate', { url: 'file:///etc/passwd' })).toEqual({ prevented: true });
    expect(await main.command('navigate', { url: 'http://portage/index.html' })).toEqual({ prevented: true });
    expect(await main.command('redirect', { url: evilPage })).toEqual({ prevented: true });
    expect(await main.command('navigate', { url: `${appPage}#/drafts` })).toEqual({ prevented: false });
    expect(main.recordsOf('shell.openExternal').map(({ url }) => url)).not.toContain(evilPage);
  });

  it('answers every IPC channel, and only to the app’s own page', async () => {
    const registered = main.recordsOf('ipcMain.handle').map(({ channel }) => channel);
    expect([...registered].sort()).toEqual([...invokeChannelNames].sort());

    const info = await invoke<AppInfo>(main, 'app.info', appPage);
    expect(info).toEqual({
      ok: true,
      value: expect.objectContaining({ practiceMode: true, locale: 'fr-CA', dataFolder: userData }),
    });

    for (const sender of [evilPage, 'app://evil/index.html', 'file:///index.html', null, 'destroyed']) {
      const refused = await invoke<AppInfo>(main, 'app.info', sender);
      expect(refused).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.stringMatching(/\S/) },
      });
    }
    const malformed = await invoke(main, 'drafts.get', appPage, { id: 42 });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('names the menu in the system language and sends the window only event channels', () => {
    expect(main.recordsOf('Menu.setApplicationMenu').at(-1)?.labels).toContain('Fichier');
    const allowed = eventNames.map((name) => eventChannel(name));
    for (const { channel } of main.recordsOf('webContents.send')) expect(allowed).toContain(channel);
  });

  it('opens file dialogs over the window; the main process reads the picked file, the page gets its name', async () => {
    const created = await invoke<DraftDetail>(main, 'drafts.create', appPage, {
      kind: 'virtualFax',
      data: {},
    });
    if (!created.ok) throw new Error(`drafts.create failed: ${created.error.code}`);
    const id = created.value.id;

    expect(await invoke(main, 'transfer.export', appPage, { ids: [id] })).toEqual({
      ok: true,
      value: { saved: false },
    });
    // A cancelled dialog imports nothing (the answer now also counts updated and already-here drafts).
    expect(await invoke(main, 'transfer.import', appPage)).toEqual({
      ok: true,
      value: { imported: 0, updated: 0, alreadyHere: 0 },
    });

    const picked = join(userData, 'lettre-autorisation.pdf');
    const content = '%PDF-1.4 lettre';
    writeFileSync(picked, content);
    await main.command('pickNext', { path: picked });
    const attached = await invoke<DraftDetail>(main, 'attachments.add', appPage, {
      draftId: id,
      slot: 'letterOfAuthorization',
    });
    expect(attached).toMatchObject({
      ok: true,
      value: {
        data: {
          attachments: {
            letterOfAuthorization: [
              {
                name: 'lettre-autorisation.pdf',
                size: content.length,
                sha256: createHash('sha256').update(content).digest('hex'),
              },
            ],
          },
        },
      },
    });
    expect(JSON.stringify(attached)).not.toContain(userData);

    const dialogs = main.records.filter(({ what }) => what.startsWith('dialog.'));
    expect(dialogs).toEqual([
      { what: 'dialog.showSaveDialog', withParent: true },
      { what: 'dialog.showOpenDialog', withParent: true },
      { what: 'dialog.showOpenDialog', withParent: true },
    ]);
  });

  it('holds the quit until the services have shut down, then closes the database cleanly', async () => {
    const created = await invoke<DraftDetail>(main, 'drafts.create', appPage, {
      kind: 'residentialLine',
      data: { customer: { name: typedName } },
    });
    if (!created.ok) throw new Error(`drafts.create failed: ${created.error.code}`);

    await main.command('quit');
    const exit = await main.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    // Electron's order: before-quit, the windows close (saving their place), will-quit. The quit is held
    // there while the services stop and the database closes, then app.quit() runs through to the exit.
    const outcomes = main.recordsOf('app.quit').map(({ outcome }) => outcome);
    expect(outcomes).toEqual(['held by will-quit', 'exit']);
    expect(mainProcessErrors(main)).toEqual([]);

    // SQLite removes the WAL when the last connection closes; a process that died with it open leaves it.
    expect(sqliteFiles()).toEqual(['portage.sqlite']);
    const db = openAppDatabase(userData, stubSafeStorageCipher);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = db.prepare('SELECT kind FROM drafts WHERE id = ?').get(created.value.id);
      expect(row).toEqual({ kind: 'residentialLine' });
    } finally {
      db.close();
    }
  });
});

// The launches share one userData folder and run in order: each picks up what the one before left.
describe('the built main process, launched again on the same data folder', () => {
  let main: MainProcess;

  beforeAll(async () => {
    main = launch();
    await main.waitFor('electron stub loaded');
    await main.command('ready');
    await main.waitFor('BrowserWindow');
  });

  afterAll(() => main.kill());

  it('reopens the window where the dealer left it', () => {
    expect(windowOptions(main)[0]).toMatchObject(leftAt);
  });

  it('still has what the dealer typed', async () => {
    const list = await invoke<DraftList>(main, 'drafts.list', appPage, { query: 'Tremblay' });
    if (!list.ok) throw new Error(`drafts.list failed: ${list.error.code}`);
    expect(list.value.total).toBe(1);
    const [first] = list.value.rows;
    expect(first).toBeDefined();
    const draft = await invoke<DraftDetail>(main, 'drafts.get', appPage, { id: first?.id });
    expect(draft).toMatchObject({ ok: true, value: { data: { customer: { name: typedName } } } });
  });

  it('keeps the carrier password from the renderer, encrypted through safeStorage', async () => {
    const saved = await invoke<AccountInfo>(main, 'account.set', appPage, {
      baseUrl: 'https://127.0.0.1:9/',
      username: 'dealer-42',
      password,
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { configured: true, storage: 'encrypted', encryptionWeak: false, practiceMode: false },
    });
    const read = await invoke<AccountInfo>(main, 'account.get', appPage);
    expect(read).toMatchObject({ ok: true, value: { configured: true, username: 'dealer-42' } });
    expect(JSON.stringify([saved, read])).not.toContain(password);
  });

  it('quits when the dealer closes the window, with the database closed cleanly', async () => {
    await main.command('closeWindow');
    expect(await main.exited).toEqual({ code: 0, signal: null });
    expect(mainProcessErrors(main)).toEqual([]);
    expect(sqliteFiles()).toEqual(['portage.sqlite']);
    expect(main.stderr()).not.toContain(password);

    const db = openAppDatabase(userData, stubSafeStorageCipher);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT key, json, blob FROM settings').all() as SettingRow[];
      const stored = rows.map(
        ({ key, json, blob }) => `${key} ${json ?? ''} ${blob?.toString('utf8') ?? ''}`,
      );
      expect(stored.join('\n')).not.toContain(password);
      // The stub keychain's ciphertext: what safeStorage.encryptString returned is what was stored.
      expect(stored.some((row) => row.includes('stub-keychain:'))).toBe(true);
    } finally {
      db.close();
    }
  });
});

describe('the built main process, launched a third time', () => {
  let main: MainProcess;

  beforeAll(async () => {
    main = launch();
    await main.command('ready');
    await main.waitFor('BrowserWindow');
  });

  afterAll(() => main.kill());

  it('reads the account back through safeStorage, so the practice carrier stays off', async () => {
    const info = await invoke<AppInfo>(main, 'app.info', appPage);
    expect(info).toMatchObject({ ok: true, value: { practiceMode: false } });
    await main.command('quit');
    expect(await main.exited).toEqual({ code: 0, signal: null });
    expect(mainProcessErrors(main)).toEqual([]);
  });
});

// --- the preload --------------------------------------------------------------------------------------

type Listener = (...args: unknown[]) => unknown;

interface LoadedPreload {
  exposed: [string, unknown][];
  required: string[];
  invokes: [string, unknown][];
  listeners: Map<string, Set<Listener>>;
  electron: object;
  ipcRenderer: object;
  realm: { objectPrototype: object; functionPrototype: object };
}

/** Runs the built preload in a fresh V8 context with a stub `require('electron')`, as Electron's sandbox would. */
function loadPreload(): LoadedPreload {
  const loaded: Omit<LoadedPreload, 'electron' | 'ipcRenderer' | 'realm'> = {
    exposed: [],
    required: [],
    invokes: [],
    listeners: new Map(),
  };
  const ipcRenderer = {
    invoke(channel: string, input: unknown) {
      loaded.invokes.push([channel, input]);
      return Promise.resolve({ ok: true, value: `answer from ${channel}` });
    },
    on(channel: string, listener: Listener) {
      const set = loaded.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      loaded.listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      loaded.listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        loaded.exposed.push([key, api]);
      },
    },
    ipcRenderer,
  };
  const context = vm.createContext({});
  const source = readFileSync(preloadBundlePath, 'utf8');
  const run = vm.runInContext(`(function (require, module, exports) {${source}\n})`, context, {
    filename: preloadBundlePath,
  }) as (require: (name: string) => unknown, module: object, exports: object) => void;
  const module = { exports: {} };
  run(
    (name) => {
      loaded.required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
    module,
    module.exports,
  );
  const realm = vm.runInContext(
    '({ objectPrototype: Object.prototype, functionPrototype: Function.prototype })',
    context,
  ) as LoadedPreload['realm'];
  return { ...loaded, electron, ipcRenderer, realm };
}

describe('the built preload', () => {
  let preload: LoadedPreload;
  let portage: Record<string, unknown>;

  beforeAll(() => {
    preload = loadPreload();
    portage = preload.exposed[0]?.[1] as Record<string, unknown>;
  });

  const group = (name: string): Record<string, unknown> => portage[name] as Record<string, unknown>;

  it('requires only electron and exposes exactly one key, `portage`', () => {
    expect(preload.required).toEqual(['electron']);
    expect(preload.exposed.map(([key]) => key)).toEqual(['portage']);
  });

  it('exposes a frozen object with a function for every channel and every event', () => {
    expect(Object.isFrozen(portage)).toBe(true);
    const groups = new Set(invokeChannelNames.map((name) => splitChannelName(name)[0]));
    const events = eventNames.map((name) => eventMethodName(name));
    expect(Object.keys(portage).sort()).toEqual([...groups, ...events].sort());
    for (const name of groups) expect(Object.isFrozen(group(name))).toBe(true);
    for (const name of invokeChannelNames) {
      const [groupName, method] = splitChannelName(name);
      expect(typeof group(groupName)[method]).toBe('function');
    }
    for (const groupName of groups) {
      const methods = Object.keys(group(groupName)).map((method) => `${groupName}.${method}`);
      for (const channel of methods) expect(invokeChannelNames).toContain(channel);
    }
    for (const method of events) expect(typeof portage[method]).toBe('function');
  });

  it('turns portage.drafts.list(input) into ipcRenderer.invoke("drafts.list", input) and answers its result', async () => {
    const input = { query: 'Tremblay' };
    const list = group('drafts').list as (input: unknown) => Promise<unknown>;
    await expect(list(input)).resolves.toEqual({ ok: true, value: 'answer from drafts.list' });
    expect(preload.invokes).toEqual([['drafts.list', input]]);
  });

  it('calls an event subscriber with the payload only, and its returned function unsubscribes', () => {
    const subscribe = portage.onOutboxChanged as (callback: Listener) => () => void;
    const received: unknown[][] = [];
    const unsubscribe = subscribe((...args) => received.push(args));
    const channel = eventChannel('outboxChanged');
    const [forward, ...more] = preload.listeners.get(channel) ?? [];
    expect(more).toEqual([]);
    const electronEvent = { sender: preload.ipcRenderer, senderId: 0, ports: [] };
    forward?.(electronEvent, { items: [] });
    expect(received).toEqual([[{ items: [] }]]);

    unsubscribe();
    expect(preload.listeners.get(channel)?.size).toBe(0);
    // A TypeError of the preload's own realm, so compared by name rather than by class.
    expect(() => subscribe('not a function' as unknown as Listener)).toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'callback must be a function' }),
    );
  });

  it('leaves nothing else reachable: no ipcRenderer, no electron module, no process', () => {
    const seen = new Set<unknown>();
    const queue: unknown[] = [portage];
    while (queue.length > 0) {
      const value = queue.shift();
      if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
        continue;
      seen.add(value);
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        expect(descriptor?.get ?? descriptor?.set).toBeUndefined();
        queue.push(descriptor?.value);
      }
      const prototype: unknown = Reflect.getPrototypeOf(value);
      expect([preload.realm.objectPrototype, preload.realm.functionPrototype]).toContain(prototype);
    }
    expect(seen.has(preload.ipcRenderer)).toBe(false);
    expect(seen.has(preload.electron)).toBe(false);
    expect(seen.has(process)).toBe(false);
    // Only the object, its groups and their functions.
    for (const value of seen) {
      if (typeof value === 'function') expect(Reflect.ownKeys(value).sort()).toEqual(['length', 'name']);
    }
  });
});
