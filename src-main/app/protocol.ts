// Serves the built renderer from `app://portage/`, a privileged standard + secure scheme, so pages get a
// real origin (for the IPC sender check and CSP 'self') instead of file://.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appScheme } from './app-origin';
import { contentTypeFor } from '../shared/domain/mime';
import { resolveAppAsset, securityHeaders } from './content-policy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
    },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url);
    if (!file || request.method !== 'GET')
      return new Response('Not found', { status: 404, headers: securityHeaders });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  });
}
