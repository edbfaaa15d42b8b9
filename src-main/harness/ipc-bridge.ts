// The IPC bridge, server side: the bundled bridge script (bridge.ts, built by bundle-bridge.ts) and
// POST /ipc/<channel>, which runs the same dispatcher the Electron app registers on ipcMain
// (ipc/register.ts), with the same sender check against the harness's origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../composition/services';
import { createInvoker, type Invoke } from '../ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../ipc/sender';
import { readBody, send } from '../practice-carrier/http';
import { isChannelName } from '../shared/ipc-contract/channel-names';
import { bundleBridge } from './bundle-bridge';

export interface IpcBridge {
  /** Answers GET /portage-bridge.js. */
  serveScript(response: ServerResponse): void;
  /** Answers POST /ipc/<name>, body { "input": ... }, with the channel's IpcResult. */
  invoke(request: IncomingMessage, response: ServerResponse, name: string): Promise<void>;
}

export interface IpcBridgeOptions {
  services: Services;
  /** The harness's origin, known once it listens. */
  origin: () => string;
  maxBodyBytes: number;
  log: (line: string) => void;
}

export async function createIpcBridge({
  services,
  origin,
  maxBodyBytes,
  log,
}: IpcBridgeOptions): Promise<IpcBridge> {
  const invoker: Invoke<SenderEvent> = createInvoker(services.handlers, {
    isTrustedSender: (event) => trustedSenderCheck(origin())(event),
    locale: services.locale,
    translate: services.translate,
    onInternalError: (channel, error) =>
      log(`IPC ${channel} failed: ${error instanceof Error ? error.name : 'error'}`),
  });
  const script = await bundleBridge();

  return {
    serveScript(response) {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      response.end(script);
    },

    async invoke(request, response, name) {
      if (request.method !== 'POST') return send(response, 405, { error: 'POST only' });
      if (!isChannelName(name)) return send(response, 404, { error: 'unknown channel' });
      let input: unknown;
      try {
        const parsed = JSON.parse((await readBody(request, maxBodyBytes)) || '{}') as {
          input?: unknown;
        } | null;
        input = parsed && typeof parsed === 'object' && 'input' in parsed ? parsed.input : undefined;
      } catch {
        return send(response, 400, { error: 'body must be JSON: { "input": ... }' });
      }
      // A browser sends Origin on every POST; a test's fetch from Node may not, and has proven the token.
      const frameUrl = typeof request.headers.origin === 'string' ? request.headers.origin : origin();
      const result = await invoker(
        name,
        { senderFrame: { url: frameUrl } },
        input === null ? undefined : input,
      );
      return send(response, 200, result);
    },
  };
}
