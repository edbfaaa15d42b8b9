// The browser harness: the same composition root as the Electron app, in Node, behind a loopback HTTP
// server that serves the built renderer plus a bridge defining `window.portage` over HTTP. For the e2e
// journeys in Chromium, where the Electron binary is unavailable. Never part of a packaged build.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { createServices, type Services } from '../composition/services';
import { isChannelName } from '../shared/ipc-contract/channel-names';
import { createInvoker, type Invoke } from '../ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../ipc/sender';
import { faultUpdateSchema } from '../practice-carrier/faults';
import { readBody, sameSecret, send } from '../practice-carrier/http';
import { contentTypeFor } from '../shared/domain/mime';
import { createNodeCipher } from '../secrets/node-cipher';
import { bundleBridge } from './bundle-bridge';
import { createStagedDialogs, type StagedDialogs } from './staged-dialogs';

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
const cookieName = 'portage_harness';
const maxBodyBytes = 64 * 1024 * 1024;

/** A port nothing listens on: bound, then released. Requests to it are refused by the OS. */
async function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function tokenOf(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers['x-portage-token'];
  if (typeof header === 'string') return header;
  const bearer = request.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (bearer) return bearer;
  const cookie = request.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === cookieName)?.[1];
  if (cookie) return cookie;
  return url.searchParams.get('token') ?? undefined;
}

const stageSchema = z.object({ name: z.string().min(1).max(255), base64: z.base64() }).strict();
const onlineSchema = z.object({ online: z.boolean() }).strict();

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const log = options.log ?? ((line: string) => console.error(line));
  const dataDir =
    options.dataDir ?? process.env.PORTAGE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'portage-harness-'));
  const rendererDir = options.rendererDir ?? join(repoRoot, 'dist/renderer');
  const envPort = Number(process.env.PORTAGE_HARNESS_PORT);
  const port = options.port ?? (Number.isInteger(envPort) && envPort > 0 ? envPort : 0);
  const token = randomBytes(24).toString('base64url');
  const dialogs = createStagedDialogs();

  // The carrier can be made unreachable: requests are then aimed at a port nothing listens on,
  // so the client sees a real connection refusal.
  let unreachable = false;
  const deadPort = await closedPort();
  const fetchFn: typeof fetch = (input, init) => {
    if (!unreachable) return fetch(input, init);
    const target = new URL(input instanceof Request ? input.url : input.toString());
    target.host = `127.0.0.1:${deadPort}`;
    target.protocol = 'http:';
    return fetch(target, init);
  };
  let systemOnline = true;
  const pollMs = options.statusPollMs;

  const services = await createServices({
    dataDir,
    // A key file beside the data, so a harness restarted on the same folder can read the saved password.
    cipher: createNodeCipher({ keyFile: join(dataDir, 'harness-cipher.key') }),
    fetchFn,
    clock: { now: () => Date.now() },
    dialogs,
    notifier: { notify: (message) => log(`notification: ${message.body}`) },
    isOnline: () => systemOnline,
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
  const invoke: Invoke<SenderEvent> = createInvoker(services.handlers, {
    isTrustedSender: (event) => trustedSenderCheck(origin)(event),
    locale: services.locale,
    translate: services.translate,
    onInternalError: (channel, error) =>
      log(`IPC ${channel} failed: ${error instanceof Error ? error.name : 'error'}`),
  });

  const bridge = await bundleBridge();
  const streams = new Set<ServerResponse>();
  const unsubscribe = services.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  async function serveStatic(response: ServerResponse, pathname: string, withCookie: boolean): Promise<void> {
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
      ...(withCookie ? { 'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {}),
    });
    response.end(body);
  }

  async function control(request: IncomingMessage, response: ServerResponse, action: string): Promise<void> {
    const body = request.method === 'POST' ? await readBody(request, maxBodyBytes) : '';
    const json = (): unknown => (body ? JSON.parse(body) : {});
    const practice = services.practiceCarrier();
    switch (action) {
      case 'carrier/unreachable':
        unreachable = true;
        return send(response, 200, { unreachable });
      case 'carrier/reachable':
        unreachable = false;
        services.worker.retryNow();
        services.tracker.pollNow();
        return send(response, 200, { unreachable });
      case 'online': {
        systemOnline = onlineSchema.parse(json()).online;
        return send(response, 200, { online: systemOnline });
      }
      case 'practice/faults':
        if (!practice) return send(response, 409, { error: 'no practice carrier' });
        if (request.method === 'DELETE') return send(response, 200, practice.faults.clear());
        if (request.method === 'GET') return send(response, 200, practice.faults.get());
        return send(response, 200, practice.faults.set(faultUpdateSchema.parse(json())));
      case 'dialogs/stage': {
        const file = stageSchema.parse(json());
        dialogs.stage({ name: file.name, content: new Uint8Array(Buffer.from(file.base64, 'base64')) });
        return send(response, 200, { staged: file.name });
      }
      case 'dialogs/clear':
        dialogs.clear();
        return send(response, 200, { cleared: true });
      case 'dialogs/saved':
        return send(
          response,
          200,
          dialogs
            .saved()
            .map((file) => ({ name: file.name, base64: Buffer.from(file.content).toString('base64') })),
        );
      case 'tracking/poll':
        services.tracker.pollNow();
        services.worker.retryNow();
        return send(response, 200, { polled: true });
      case 'outbox/idle':
        await services.worker.idle();
        return send(response, 200, services.worker.snapshot());
      case 'state':
        return send(response, 200, {
          dataDir,
          practiceUrl: practice?.url ?? null,
          unreachable,
          online: systemOnline,
        });
      default:
        return send(response, 404, { error: 'unknown control' });
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const authorized = sameSecret(tokenOf(request, url), token);
    if (url.pathname === '/portage-bridge.js') {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return void response.end(bridge);
    }
    if (url.pathname.startsWith('/ipc/')) {
      if (!authorized) return send(response, 401, { error: 'token required' });
      if (request.method !== 'POST') return send(response, 405, { error: 'POST only' });
      const name = url.pathname.slice('/ipc/'.length);
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
      const frameUrl = typeof request.headers.origin === 'string' ? request.headers.origin : origin;
      const result = await invoke(
        name,
        { senderFrame: { url: frameUrl } },
        input === null ? undefined : input,
      );
      return send(response, 200, result);
    }
    if (url.pathname === '/events') {
      if (!authorized) return send(response, 401, { error: 'token required' });
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
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
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        await services.shutdown();
      })();
      return closing;
    },
  };
}
