// The browser harness: the same composition root as the Electron app, in Node, behind a loopback HTTP
// server that serves the built renderer plus a bridge defining `window.portage` over HTTP. For the e2e
// journeys in Chromium, where the Electron binary is unavailable. Never part of a packaged build.
//
// This file starts the services and the server and routes each request, the token checked first
// (session.ts): the bridge script and /ipc/<channel> (ipc-bridge.ts), /events (event-stream.ts),
// /control/<action> (control.ts, with network.ts and staged-dialogs.ts), else the renderer's files
// (static-files.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRestorableServices } from '../composition/restorable-services';
import type { Services } from '../composition/services';
import { createLogFile, logFolderName } from '../diagnostics/log-file';
import { sameSecret, send } from '../practice-carrier/http';
import { createNodeCipher } from '../secrets/node-cipher';
import { createControl } from './control';
import { createEventStreams } from './event-stream';
import { createIpcBridge } from './ipc-bridge';
import { createNetworkSwitches } from './network';
import { createShiftedClock } from './shifted-clock';
import { tokenOf } from './session';
import { createStagedDialogs, type StagedDialogs } from './staged-dialogs';
import { createStaticFiles } from './static-files';

export interface HarnessOptions {
  /** Default: PORTAGE_DATA_DIR, else a new temp dir. */
  dataDir?: string;
  /** Default: PORTAGE_HARNESS_PORT, else a random free port. */
  port?: number;
  /** The built renderer. Default dist/renderer. */
  rendererDir?: string;
  /** How long each practice-carrier status step lasts (default 5 s; tests shorten it). */
  statusStepMs?: number;
  /** First status poll after a ticket, and the tracking interval (tests shorten them). */
  statusPollMs?: number;
  systemLocale?: string;
  /** Also given every log line, as written to the data folder's log file (default: stderr). */
  log?: (line: string) => void;
}

export interface Harness {
  /** http://127.0.0.1:<port>/?token=<token> — opening it sets the session cookie. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  services: Services;
  dialogs: StagedDialogs;
  close(): Promise<void>;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const maxBodyBytes = 64 * 1024 * 1024;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir =
    options.dataDir ?? process.env.PORTAGE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'portage-harness-'));
  // The same log file as the app's (the harness is development: every line is echoed too).
  const logFile = createLogFile({
    dir: join(dataDir, logFolderName),
    echo: options.log ?? ((line: string) => console.error(line)),
  });
  const log = logFile.write;
  const rendererDir = options.rendererDir ?? join(repoRoot, 'dist/renderer');
  const envPort = Number(process.env.PORTAGE_HARNESS_PORT);
  const port = options.port ?? (Number.isInteger(envPort) && envPort > 0 ? envPort : 0);
  const token = randomBytes(24).toString('base64url');
  const dialogs = createStagedDialogs();
  const network = await createNetworkSwitches();
  const clock = createShiftedClock();
  const pollMs = options.statusPollMs;

  const services = await createRestorableServices({
    dataDir,
    // A key file beside the data, so a harness restarted on the same folder can read the saved password.
    cipher: createNodeCipher({ keyFile: join(dataDir, 'harness-cipher.key') }),
    fetchFn: network.fetchFn,
    clock,
    dialogs,
    // The notification's text names the request (the customer): the log says only that one was shown.
    notifier: { notify: () => log('notification shown') },
    isOnline: () => network.online,
    // The harness is for tests and development: the practice carrier's control endpoints are on.
    practiceCarrierOptions: {
      controlEndpoints: true,
      ...(options.statusStepMs !== undefined ? { statusStepMs: options.statusStepMs } : {}),
    },
    ...(pollMs !== undefined
      ? { firstPollDelayMs: pollMs, trackingSchedule: { initialMs: pollMs, capMs: pollMs * 4 } }
      : {}),
    systemLocale: options.systemLocale ?? 'fr-CA',
    version: process.env.npm_package_version ?? '0.0.0-harness',
    log,
  });

  let origin = '';
  const ipc = await createIpcBridge({
    services,
    origin: () => origin,
    maxBodyBytes,
    log: (line) => services.log(line, 'error'),
  });
  const events = createEventStreams(services.events);
  const control = createControl({ services, dialogs, network, clock, dataDir, maxBodyBytes });
  const serveStatic = createStaticFiles(rendererDir, token);

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const authorized = sameSecret(tokenOf(request, url), token);
    if (url.pathname === '/portage-bridge.js') return ipc.serveScript(response);
    if (url.pathname.startsWith('/ipc/')) {
      if (!authorized) return send(response, 401, { error: 'token required' });
      return ipc.invoke(request, response, url.pathname.slice('/ipc/'.length));
    }
    if (url.pathname === '/events') {
      if (!authorized) return send(response, 401, { error: 'token required' });
      return events.open(request, response);
    }
    if (url.pathname.startsWith('/control/')) {
      if (!authorized) return send(response, 401, { error: 'token required' });
      try {
        return await control(request, response, url.pathname.slice('/control/'.length));
      } catch (error) {
        return send(response, 400, { error: error instanceof Error ? error.name : 'bad request' });
      }
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'GET only');
    const fromQuery = url.searchParams.get('token');
    return serveStatic(response, url.pathname, fromQuery !== null && sameSecret(fromQuery, token));
  }

  const server = createServer((request, response) => {
    route(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { error: 'internal' });
      else response.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${actualPort}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dataDir,
    services,
    dialogs,
    close() {
      closing ??= (async () => {
        events.close();
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        await services.shutdown();
      })();
      return closing;
    },
  };
}
