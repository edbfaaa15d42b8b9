// The practice carrier: a simulated ThinkTel porting API on loopback (Node http), used as the app's
// practice mode, by the browser harness and by integration tests. It checks Basic auth, validates every
// port body strictly against the contract JSON, answers tickets, moves statuses along over time, rejects
// some ports on documented triggers (port-lifecycle.ts) and injects faults on demand (faults.ts).
//
// This file starts the server and sends each request where it belongs: the API below /rest.svc
// (api.ts and its route groups), the control endpoints below /__practice (control.ts), 404 elsewhere.
// Its state, the accepted ports, is in received-ports.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../carrier/clock';
import { createApi } from './api';
import { controlPath, createControl } from './control';
import { exception } from './exception';
import { createFaultState, type FaultControl } from './faults';
import { BodyTooLarge, readBody } from './http';
import type { ReceivedPort } from './port-lifecycle';
import { createReceivedPorts } from './received-ports';
import type { StateSeal } from './state-seal';

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
  /** Write the bodies in the state file encrypted (the app: what the dealer typed is never in clear). */
  stateSeal?: StateSeal;
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
  /** Forgets the ports sent with these CustomerReferenceNumbers (their drafts were purged). */
  forget(customerReferences: readonly string[]): number;
}

export const practiceCredentials = { username: 'practice', password: 'practice' } as const;
export const defaultStatusStepMs = 5_000;

const basePath = '/rest.svc';
const maxBodyBytes = 64 * 1024 * 1024;

export async function startPracticeCarrier(options: PracticeCarrierOptions = {}): Promise<PracticeCarrier> {
  const host = options.host ?? '127.0.0.1';
  const faults = createFaultState();
  const received = createReceivedPorts(options.stateFile, options.stateSeal);
  const control = createControl(faults, received);
  const api = createApi({
    clock: options.clock ?? systemClock,
    statusStepMs: options.statusStepMs ?? defaultStatusStepMs,
    credentials: options.credentials ?? practiceCredentials,
    faults,
    received,
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://practice.invalid');
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
      return control(request, response, url.pathname, body);
    }
    if (!url.pathname.startsWith(`${basePath}/`)) return exception(response, 404, 'NotFound', 'Not found');
    return api(request, response, url.pathname.slice(basePath.length), body);
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
    ports: () => received.all.map((port) => ({ ...port })),
    forget: (customerReferences) => received.forget(customerReferences),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests and idle keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
