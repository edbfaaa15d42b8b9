// The built renderer, served from its folder (dist/renderer) and nowhere else, with index.html given the
// bridge script first so `window.portage` exists before the app's modules run. The page opened with
// the token gets the session cookie (session.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { send } from '../practice-carrier/http';
import { contentTypeFor } from '../shared/domain/mime';
import { sessionCookie } from './session';

/** Returns the handler of a GET of `pathname`; `withCookie` sets the session cookie on the answer. */
export function createStaticFiles(rendererDir: string, token: string) {
  return async function serveStatic(
    response: ServerResponse,
    pathname: string,
    withCookie: boolean,
  ): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return send(response, 400, 'bad path');
    }
    if (decoded.includes('\0') || decoded.split('/').includes('..')) return send(response, 404, 'not found');
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = resolve(rendererDir, relative);
    if (!file.startsWith(resolve(rendererDir) + sep)) return send(response, 404, 'not found');
    if (!existsSync(file)) {
      if (relative === 'index.html')
        return send(response, 503, 'The renderer is not built: run `npm run build`.');
      return send(response, 404, 'not found');
    }
    let body: Buffer | string = await readFile(file);
    if (relative === 'index.html') {
      // The bridge runs first (a classic script), so window.portage exists before the app's modules.
      body = body
        .toString('utf8')
        .replace('<head>', '<head>\n    <script src="/portage-bridge.js"></script>');
    }
    response.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-store',
      ...(withCookie ? { 'Set-Cookie': sessionCookie(token) } : {}),
    });
    response.end(body);
  };
}
