// What the `app://portage` protocol serves and with which headers. No electron import: tested in Node.
import { resolve, sep } from 'node:path';
import { appHost, appScheme } from './app-origin';

/**
 * Strict CSP: only the app's own scripts, styles, images (and data: images for inline icons), fonts.
 * No remote origin at all; no 'unsafe-inline' or 'unsafe-eval'. The renderer talks to the main process
 * through `window.portage`, never over the network, so connect-src needs only 'self'.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The file under `root` that `requestUrl` names, or null when the URL is not ours or would escape the
 * root (`..`, encoded separators, absolute paths, NUL bytes).
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  if (!file.startsWith(base + sep)) return null;
  return file;
}
