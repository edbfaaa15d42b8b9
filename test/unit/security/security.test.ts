// Static checks of what ships: the built main and preload bundles, the CSP, and the fuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builderConfig } from '../../../electron.config';
import { contentSecurityPolicy } from '../../../src-main/app/content-policy';
import {
  ensureBuilt,
  mainBundlePath,
  methodCalls,
  objectsUnderKey,
  preloadBundlePath,
  readBundle,
  repoRoot,
  walk,
} from './built-bundles';

let main: ReturnType<typeof readBundle>;
let preload: ReturnType<typeof readBundle>;

/** The first item, failing the test when there is none. */
function only<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected at least one item');
  return item;
}

const sourceOf = (node: { start: number; end: number }): string => main.source.slice(node.start, node.end);

beforeAll(() => {
  ensureBuilt();
  main = readBundle(mainBundlePath);
  preload = readBundle(preloadBundlePath);
});

describe('the main window (built main bundle)', () => {
  it('has exactly one webPreferences, locked down', () => {
    const preferences = objectsUnderKey(main.ast, 'webPreferences');
    expect(preferences).toHaveLength(1);
    const web = only(preferences);
    expect(web.get('contextIsolation')).toBe(true);
    expect(web.get('sandbox')).toBe(true);
    expect(web.get('nodeIntegration')).toBe(false);
    expect(web.get('nodeIntegrationInWorker')).toBe(false);
    expect(web.get('nodeIntegrationInSubFrames')).toBe(false);
    expect(web.get('webviewTag')).toBe(false);
    expect(web.get('allowRunningInsecureContent')).toBe(false);
    // webSecurity is never turned off (true or absent).
    expect([true, undefined]).toContain(web.get('webSecurity'));
    expect(web.get('preload')).toBe('<expr>');
  });

  it('turns none of those settings back on anywhere in the bundle', () => {
    const dangerous: [string, boolean][] = [
      ['contextIsolation', false],
      ['sandbox', false],
      ['nodeIntegration', true],
      ['webSecurity', false],
      ['webviewTag', true],
      ['allowRunningInsecureContent', true],
      ['experimentalFeatures', true],
    ];
    for (const node of walk(main.ast)) {
      if (node.type !== 'Property') continue;
      const key = (node.key as { name?: string }).name;
      const value = (node.value as { type: string; value?: unknown }).value;
      for (const [name, bad] of dangerous) {
        if (key === name) expect(value, `${name} must not be ${String(bad)}`).not.toBe(bad);
      }
    }
  });

  it('prevents navigation away from the app and denies every new window', () => {
    const listeners = methodCalls(main.ast, 'on').map((args) => (args[0] as { value?: unknown }).value);
    expect(listeners).toContain('will-navigate');
    expect(listeners).toContain('will-attach-webview');
    expect(listeners).toContain('web-contents-created');
    expect(methodCalls(main.ast, 'setWindowOpenHandler')).toHaveLength(1);
    expect(main.source).toMatch(/return\s*\{\s*action:\s*"deny"\s*\}/);
    expect(main.source).not.toMatch(/action:\s*"allow"/);
    // External links go through the https allowlist before shell.openExternal.
    expect(main.source).toMatch(/if \(isAllowedExternalUrl\(url\)\) (void )?shell\.openExternal\(url\)/);
  });

  // Changed with "Copy diagnostics": the one permission granted is writing text to the clipboard.
  it('denies every permission request and check but writing to the clipboard', () => {
    const requestHandlers = methodCalls(main.ast, 'setPermissionRequestHandler');
    const checkHandlers = methodCalls(main.ast, 'setPermissionCheckHandler');
    expect(requestHandlers).toHaveLength(1);
    expect(checkHandlers).toHaveLength(1);
    const requestSource = sourceOf(only(only(requestHandlers)));
    const checkSource = sourceOf(only(only(checkHandlers)));
    expect(requestSource).toMatch(/callback\((\w+)\.has\(permission\)\)$/);
    expect(checkSource).toMatch(/^\(_webContents, permission\) => (\w+)\.has\(permission\)$/);
    // The set both read holds that one permission and nothing else.
    expect(main.source).toMatch(/= (\/\* @__PURE__ \*\/ )?new Set\(\["clipboard-sanitized-write"\]\);/);
    expect(main.source.match(/new Set\(\[[^\]]*clipboard/g) ?? []).toHaveLength(1);
  });

  it('registers IPC only through the wrapper, with the origin check', () => {
    const handles = methodCalls(main.ast, 'handle');
    // ipc.handle(name, ...) inside registerHandlers, and protocol.handle(appScheme, ...).
    expect(handles).toHaveLength(2);
    expect(main.source).not.toMatch(/ipcMain\.(on|handle|handleOnce)\(/);
    expect(main.source).toMatch(/isTrustedSender: trustedSenderCheck\(appOrigin\)/);
    expect(main.source).toMatch(/if \(!trusted\) return fail\(/);
    expect(main.source).toContain('var appOrigin = `app://portage`;');
  });

  it('serves the renderer from a privileged app:// scheme with the CSP header', () => {
    const privileges = objectsUnderKey(main.ast, 'privileges');
    expect(privileges).toHaveLength(1);
    expect(only(privileges).get('standard')).toBe(true);
    expect(only(privileges).get('secure')).toBe(true);
    expect(only(privileges).get('bypassCSP')).toBeUndefined();
    for (const directive of contentSecurityPolicy.split('; ')) expect(main.source).toContain(directive);
  });

  it('does not ship the browser harness', () => {
    expect(main.source).not.toMatch(/harness\/|startHarness|\/ipc\/"|text\/event-stream/);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name ?? '', values] as const;
    }),
  );

  it('defaults to nothing and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin and no unsafe keyword', () => {
    for (const [name, values] of directives) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|data:)$/);
      }
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe|\*|https?:/);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('the preload (built bundle)', () => {
  it('requires only electron', () => {
    const required = [...preload.source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload.source).not.toMatch(/\bimport\s/);
  });

  it('exposes exactly one object, `portage`', () => {
    const exposed = methodCalls(preload.ast, 'exposeInMainWorld');
    expect(exposed).toHaveLength(1);
    expect((only(only(exposed)) as { value?: unknown }).value).toBe('portage');
    expect(methodCalls(preload.ast, 'exposeInIsolatedWorld')).toHaveLength(0);
  });

  it('never hands the page ipcRenderer, process or the Electron event', () => {
    expect(preload.source).not.toMatch(/\bprocess\./);
    expect(preload.source).not.toMatch(/\.send(Sync)?\(/);
    // ipcRenderer is used for invoke/on/removeListener only, never passed as a value.
    const uses = [...preload.source.matchAll(/ipcRenderer(\.\w+)?/g)].map((m) => m[1]);
    expect(new Set(uses)).toEqual(new Set(['.invoke', '.on', '.removeListener']));
    // The event listener drops the event object and passes the payload on.
    expect(preload.source).toMatch(/\(_event, payload\) => listener\(payload\)/);
    // Without zod: the preload carries names only.
    expect(preload.source).not.toMatch(/zod|safeParse/);
  });

  it('freezes the object it exposes', () => {
    expect(preload.source).toMatch(/return Object\.freeze\(api\)/);
  });
});

describe('packaging (electron.config.ts)', () => {
  it('sets the Electron fuses', () => {
    expect(builderConfig.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(builderConfig.asar).toBe(true);
  });

  it('keeps the harness and sources out of the package', () => {
    const files = builderConfig.files as string[];
    expect(files).toContain('!dist/harness/**');
    expect(
      files.filter((pattern) => !pattern.startsWith('!')).every((p) => /^(package\.json|dist\/)/.test(p)),
    ).toBe(true);
    const source = readFileSync(join(repoRoot, 'src-main/app/main.ts'), 'utf8');
    expect(source).not.toMatch(/harness/);
  });
});
