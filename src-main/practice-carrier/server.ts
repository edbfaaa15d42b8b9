// The practice carrier: a simulated ThinkTel porting API on loopback (Node http), used as the app's
// practice mode, by the browser harness and by integration tests. It checks Basic auth, validates every
// port body strictly against the contract JSON, answers tickets, moves statuses along over time, rejects
// some ports on documented triggers (port-lifecycle.ts) and injects faults on demand (faults.ts).
//
// Control endpoints (no authentication; loopback only), outside the API base path:
//   GET    /__practice/faults          → current FaultSettings
//   PUT    /__practice/faults          body: partial FaultSettings (JSON) → merged settings (POST works too)
//   DELETE /__practice/faults          → clears every fault
//   GET    /__practice/ports           → every accepted port: { ticket, path, body, receivedAt, orderId }[]
//   DELETE /__practice/ports           → forgets every port
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { catalogue } from '../shared/domain/catalogue';
import { systemClock, type Clock } from '../carrier/clock';
import { BodyTooLarge, readBody, sameSecret, send } from './http';
import { bodySchemaOf, contractOperation, validateAgainstContract } from './contract-validator';
import { createFaultState, faultUpdateSchema, type FaultControl } from './faults';
import {
  assessmentOf,
  numbersOf,
  portFormOf,
  portInStatusOf,
  statusAt,
  type ReceivedPort,
} from './port-lifecycle';
import {
  practiceHolidays,
  practiceNpanxx,
  practiceOfferings,
  practiceProviders,
  practiceSipTrunks,
  tollFreeAreaCodes,
} from './reference-data';

export type { ReceivedPort } from './port-lifecycle';
export type { FaultControl, FaultSettings, FaultUpdate } from './faults';

export interface PracticeCarrierOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  clock?: Clock;
  /** How long each status step lasts (SUBMITTED → CONFIRMED → COMPLETED). Default 5 s. */
  statusStepMs?: number;
  /** The Basic credentials it accepts. Default practice / practice. */
  credentials?: { username: string; password: string };
  /** Keep accepted ports in this JSON file so they survive a restart (the app's practice mode). */
  stateFile?: string;
  /**
   * Serve the /__practice control endpoints (faults, received ports). Off by default: inside the app the
   * practice carrier holds what the dealer typed, and no other local process should read or steer it.
   * The CLI, the browser harness and tests turn them on.
   */
  controlEndpoints?: boolean;
}

export interface PracticeCarrier {
  /** The API base URL, e.g. http://127.0.0.1:41234/rest.svc */
  url: string;
  /** The control endpoints' base, e.g. http://127.0.0.1:41234/__practice */
  controlUrl: string;
  close(): Promise<void>;
  faults: FaultControl;
  ports(): ReceivedPort[];
}

export const practiceCredentials = { username: 'practice', password: 'practice' } as const;
export const defaultStatusStepMs = 5_000;

const basePath = '/rest.svc';
const controlPath = '/__practice';
const maxBodyBytes = 64 * 1024 * 1024;
const portPaths = new Map(catalogue.map((entry) => [entry.path, entry]));

function exception(
  response: ServerResponse,
  status: number,
  id: string,
  message: string,
  headers = {},
): void {
  send(response, status, { ID: id, Message: message }, headers);
}

function authorized(request: IncomingMessage, expected: { username: string; password: string }): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return (
    sameSecret(decoded.slice(0, colon), expected.username) &&
    sameSecret(decoded.slice(colon + 1), expected.password)
  );
}

const isTollFree = (tn: number) => tollFreeAreaCodes.includes(Math.floor(tn / 10_000_000));

/** Checks the real carrier makes beyond the contract's types (README: numbers, dates, country). */
function businessProblems(path: string, body: unknown): string[] {
  const problems: string[] = [];
  const form = portFormOf(body);
  if (form.CustomerCountry !== 'CA' && form.CustomerCountry !== 'US') {
    problems.push('PortForm.CustomerCountry: must be CA or US');
  }
  const date = form.RequestedPortDate;
  if (
    date !== undefined &&
    (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
  ) {
    problems.push('PortForm.RequestedPortDate: must be YYYY-MM-DD');
  }
  const time = form.RequestedPortTime;
  if (time !== undefined && (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))) {
    problems.push('PortForm.RequestedPortTime: must be HH:MM');
  }
  const numbers = numbersOf(body);
  if (numbers.length === 0) problems.push('PortForm.NumbersToPort: no number to port');
  for (const tn of numbers) {
    if (tn < 2_000_000_000 || tn > 9_999_999_999)
      problems.push(`${tn}: not a 10-digit North American number`);
  }
  const tollFreePath = portPaths.get(path)?.nature === 'tollFree';
  for (const tn of numbers) {
    if (tollFreePath && !isTollFree(tn))
      problems.push(`${tn}: not a toll-free number on a toll-free request`);
    if (!tollFreePath && isTollFree(tn)) problems.push(`${tn}: a toll-free number on a regular request`);
  }
  return problems;
}

function digitsOfNumber(text: string): number | null {
  let digits = text.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? Number(digits) : null;
}

interface SavedState {
  ports: ReceivedPort[];
  nextTicket: number;
}

function loadState(path: string | undefined): SavedState | null {
  if (!path || !existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<SavedState>;
    if (Array.isArray(value.ports) && typeof value.nextTicket === 'number') {
      return { ports: value.ports, nextTicket: value.nextTicket };
    }
  } catch {
    // A damaged practice file starts a fresh practice carrier; it never holds real data.
  }
  return null;
}

function saveState(path: string, state: SavedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, path);
}

export async function startPracticeCarrier(options: PracticeCarrierOptions = {}): Promise<PracticeCarrier> {
  const clock = options.clock ?? systemClock;
  const statusStepMs = options.statusStepMs ?? defaultStatusStepMs;
  const credentials = options.credentials ?? practiceCredentials;
  const host = options.host ?? '127.0.0.1';
  const faults = createFaultState();
  const saved = loadState(options.stateFile);
  const ports: ReceivedPort[] = saved?.ports ?? [];
  // Tickets are 8 characters, like the dashboard's HappyFoxTicket; a random start keeps restarts distinct.
  let nextTicket = saved?.nextTicket ?? randomInt(1_000_000, 5_000_000);

  const statusOf = (port: ReceivedPort) =>
    portInStatusOf(port, clock.now(), statusStepMs, credentials.username);
  const latestPortWith = (tn: number) =>
    [...ports].reverse().find((port) => numbersOf(port.body).includes(tn));

  function dashboard(selected: ReceivedPort[]) {
    return {
      Orders: selected.map((port) => {
        const status = statusAt(port, clock.now(), statusStepMs);
        return {
          OrderID: port.orderId,
          Requests: [
            {
              RequestIdx: 1,
              Assessment: assessmentOf(status),
              HappyFoxTicket: port.ticket,
              NumberToPort: numbersOf(port.body).map((tn) => ({
                TnRange: String(tn),
                ReadyToPort: status === 'CONFIRMED' || status === 'COMPLETED',
                SvCondition:
                  status === 'COMPLETED' ? 'Active' : status === 'REJECTED' ? 'Cancelled' : 'Pending',
              })),
            },
          ],
        };
      }),
    };
  }

  function handleControl(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    body: string,
  ): void {
    if (path === `${controlPath}/faults`) {
      if (request.method === 'GET') return send(response, 200, faults.get());
      if (request.method === 'DELETE') return send(response, 200, faults.clear());
      if (request.method === 'PUT' || request.method === 'POST') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body || '{}');
        } catch {
          return exception(response, 400, 'InvalidJson', 'The fault settings are not JSON');
        }
        const update = faultUpdateSchema.safeParse(parsed);
        if (!update.success) {
          const issue = update.error.issues[0];
          return exception(
            response,
            400,
            'InvalidFaults',
            `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
          );
        }
        return send(response, 200, faults.set(update.data));
      }
    }
    if (path === `${controlPath}/ports`) {
      if (request.method === 'GET') return send(response, 200, ports);
      if (request.method === 'DELETE') {
        ports.length = 0;
        if (options.stateFile) saveState(options.stateFile, { ports, nextTicket });
        return send(response, 200, []);
      }
    }
    exception(response, 404, 'NotFound', `No practice control at ${request.method ?? ''} ${path}`);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://practice.invalid');
    const method = request.method ?? 'GET';
    let body: string;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        exception(response, 413, 'TooLarge', 'The request body is too large');
      return;
    }
    if (url.pathname.startsWith(`${controlPath}/`)) {
      if (!options.controlEndpoints) return exception(response, 404, 'NotFound', 'Not found');
      return handleControl(request, response, url.pathname, body);
    }
    if (!url.pathname.startsWith(`${basePath}/`)) return exception(response, 404, 'NotFound', 'Not found');
    const path = url.pathname.slice(basePath.length);

    const settings = faults.get();
    if (settings.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.latencyMs));
    if (settings.unauthorized || !authorized(request, credentials)) {
      return exception(response, 401, 'Unauthorized', 'Invalid credentials', {
        'WWW-Authenticate': 'Basic realm="practice carrier"',
      });
    }

    const portEntry = method === 'POST' ? portPaths.get(path) : undefined;
    const decision = faults.decide(portEntry !== undefined);
    switch (decision.kind) {
      case 'hang':
        // Never answer; the connection is destroyed when the client gives up or the server closes.
        return;
      case 'dropBeforeRecord':
        request.socket.destroy();
        return;
      case 'rateLimit':
        return exception(response, 429, 'TooManyRequests', 'Too many requests', {
          'Retry-After': String(decision.retryAfterSeconds),
        });
      case 'serverError':
        return exception(response, 500, 'InternalError', 'An internal error occurred');
      default:
        break;
    }

    if (method === 'POST') {
      const contentType = request.headers['content-type'] ?? '';
      if (!/^application\/json\b/i.test(contentType)) {
        return exception(response, 415, 'UnsupportedMediaType', 'Content-Type must be application/json');
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return exception(response, 400, 'InvalidJson', 'The request body is not valid JSON');
      }
      if (portEntry) {
        const operation = contractOperation('POST', path);
        const schema = operation ? bodySchemaOf(operation) : undefined;
        const violations = schema ? validateAgainstContract(json, schema) : [];
        if (violations.length > 0) {
          const listed = violations
            .slice(0, 5)
            .map((violation) => `${violation.path || 'body'}: ${violation.problem}`);
          return exception(response, 400, 'InvalidRequest', listed.join('; '));
        }
        const problems = businessProblems(path, json);
        if (problems.length > 0)
          return exception(response, 400, 'InvalidValue', problems.slice(0, 5).join('; '));

        const ticket = `P${String(nextTicket).padStart(7, '0')}`;
        nextTicket += 1;
        const port: ReceivedPort = {
          ticket,
          path,
          body: json,
          receivedAt: new Date(clock.now()).toISOString(),
          orderId: 1000 + ports.length + 1,
        };
        ports.push(port);
        if (options.stateFile) saveState(options.stateFile, { ports, nextTicket });
        faults.recorded(decision);
        if (decision.kind === 'dropAfterRecord') {
          // The carrier has the port; the answer is lost on the way back.
          request.socket.destroy();
          return;
        }
        return send(response, 200, { Reply: 1, TicketMask: ticket, Message: 'Accepted' });
      }
      if (path === '/NumberPorts/LNP/NPANXX/Check') {
        if (typeof json !== 'string')
          return exception(response, 400, 'InvalidRequest', 'body: expected a string');
        const tn = digitsOfNumber(json);
        if (tn === null) return exception(response, 400, 'InvalidValue', 'Number: not a 10-digit number');
        const portable = practiceNpanxx.includes(Math.floor(tn / 10_000));
        return send(response, 200, {
          Number: tn,
          Reply: portable ? 1 : 0,
          Message: portable ? 'Portable' : 'This NPA-NXX cannot be ported in',
        });
      }
      return exception(response, 404, 'NotFound', `The practice carrier does not offer POST ${path}`);
    }

    if (method !== 'GET') return exception(response, 405, 'MethodNotAllowed', `${method} is not supported`);
    switch (path) {
      case '/SipTrunks':
        return send(response, 200, practiceSipTrunks);
      case '/Products/TelephoneOfferings':
        return send(response, 200, practiceOfferings);
      case '/NumberPorts/Providers':
        return send(response, 200, practiceProviders);
      case '/Holidays':
        return send(response, 200, practiceHolidays);
      case '/NumberPorts/LNP/NPANXX':
        return send(response, 200, practiceNpanxx);
      case '/v2/NumberPorts/Inbound/Dashboard/PortInInfo':
        return send(response, 200, dashboard(ports));
      default:
        break;
    }
    const byTicket = /^\/v2\/NumberPorts\/Inbound\/Tickets\/([^/]+)\/PortInStatus$/.exec(path);
    if (byTicket?.[1]) {
      const ticket = decodeURIComponent(byTicket[1]);
      const port = ports.find((candidate) => candidate.ticket === ticket);
      return port
        ? send(response, 200, statusOf(port))
        : exception(response, 404, 'NotFound', `No port request with ticket ${ticket}`);
    }
    const byNumber = /^\/v2\/NumberPorts\/Inbound\/Numbers\/([^/]+)\/PortInStatus$/.exec(path);
    if (byNumber?.[1]) {
      const tn = digitsOfNumber(decodeURIComponent(byNumber[1]));
      const port = tn === null ? undefined : latestPortWith(tn);
      return port
        ? send(response, 200, statusOf(port))
        : exception(response, 404, 'NotFound', 'No port request for this number');
    }
    const ordersByNumber =
      /^\/v2\/NumberPorts\/Inbound\/Dashboard\/PortInInfo\/OrdersByNumber\/([^/]+)$/.exec(path);
    if (ordersByNumber?.[1]) {
      const tn = digitsOfNumber(decodeURIComponent(ordersByNumber[1]));
      return send(
        response,
        200,
        dashboard(ports.filter((port) => tn !== null && numbersOf(port.body).includes(tn))),
      );
    }
    const order = /^\/v2\/NumberPorts\/Inbound\/Dashboard\/PortInInfo\/Orders\/(\d+)$/.exec(path);
    if (order?.[1]) {
      const orderId = Number(order[1]);
      const selected = ports.filter((port) => port.orderId === orderId);
      return selected.length > 0
        ? send(response, 200, dashboard(selected))
        : exception(response, 404, 'NotFound', `No order ${orderId}`);
    }
    return exception(response, 404, 'NotFound', `The practice carrier does not offer GET ${path}`);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) exception(response, 500, 'InternalError', 'The practice carrier failed');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    url: `${origin}${basePath}`,
    controlUrl: `${origin}${controlPath}`,
    faults,
    ports: () => ports.map((port) => ({ ...port })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests and idle keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
