// The electron-free parts of the shell's policies: which files app:// serves, which links leave the app,
// and which frames may call IPC.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset, securityHeaders } from '../../../src-main/app/content-policy';
import { contentTypeFor as mimeTypeFor } from '../../../src-main/shared/domain/mime';
import { isAllowedExternalUrl } from '../../../src-main/app/external-links';
import { isSameOrigin } from '../../../src-main/ipc/sender';

const root = mkdtempSync(join(tmpdir(), 'portage-renderer-'));

describe('resolveAppAsset', () => {
  it('maps app://portage/ paths to files under the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://portage/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://portage/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://portage/assets/main-1a2b.js?v=1#x')).toBe(
      join(root, 'assets/main-1a2b.js'),
    );
  });

  it('resolves dot segments inside the root, never above it (as the URL parser does)', () => {
    expect(resolveAppAsset(root, 'app://portage/../../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppAsset(root, 'app://portage/%2e%2e/%2E%2E/secret.txt')).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'app://portage/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://portage/..%5c..%5csecret.txt',
    'app://portage/assets%00.js',
    'app://portage/%E0%A4%A',
    'app://other/index.html',
    'https://portage/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('labels scripts and styles so the browser will run them, and sends the CSP', () => {
    expect(mimeTypeFor('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/b.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a/b.unknown')).toBe('application/octet-stream');
    expect(securityHeaders['Content-Security-Policy']).toContain("script-src 'self'");
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://thinktel.ca/', 'https://www.thinktel.ca/fr/portage', 'https://api.thinktel.ca/rest.svc'])(
    'opens %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );
  it.each([
    'http://thinktel.ca/',
    'https://thinktel.ca.evil.example/',
    'https://evil.example/?thinktel.ca',
    'https://user:pass@thinktel.ca/',
    'https://thinktel.ca:8443/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://portage/index.html',
    '//thinktel.ca',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('isSameOrigin', () => {
  it('compares scheme and host of custom schemes', () => {
    expect(isSameOrigin('app://portage/index.html', 'app://portage')).toBe(true);
    expect(isSameOrigin('app://portage:123/index.html', 'app://portage')).toBe(false);
    expect(isSameOrigin('app://portagex/index.html', 'app://portage')).toBe(false);
    expect(isSameOrigin('https://portage/index.html', 'app://portage')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:5000/', 'http://127.0.0.1:5000')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:5001/', 'http://127.0.0.1:5000')).toBe(false);
  });
});
