// The carrier API's routing, behind its base path: the faults that act before anything (latency,
// 401, 429, 500, hang, dropped connection), HTTP Basic, then one handler per route group: port
// submissions (api-ports.ts), statuses (api-statuses.ts), reference lists (api-reference.ts) and the
// dashboard (api-dashboard.ts). Anything else is a 404, 405 or 415 `Exception`, as the carrier answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../carrier/clock';
import { createDashboardRoutes } from './api-dashboard';
import { createPortRoute, isPortPath } from './api-ports';
import { checkNpanxx, getReferenceList, npanxxCheckPath } from './api-reference';
import { createStatusRoutes } from './api-statuses';
import { authorized } from './authorization';
import { exception } from './exception';
import type { FaultDecision, FaultState } from './faults';
import type { ReceivedPorts } from './received-ports';

export interface ApiDeps {
  clock: Clock;
  statusStepMs: number;
  credentials: { username: string; password: string };
  faults: FaultState;
  received: ReceivedPorts;
}

/** Returns the handler of one API request (`path`: below the base path; `body`: as read). */
export function createApi(deps: ApiDeps) {
  const { clock, statusStepMs, credentials, faults, received } = deps;
  const submitPort = createPortRoute({ clock, faults, received });
  const getStatus = createStatusRoutes({
    clock,
    statusStepMs,
    dealer: credentials.username,
    received,
    notFound: () => faults.get().statusNotFound,
  });
  const getDashboard = createDashboardRoutes({ clock, statusStepMs, received });

  function post(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    body: string,
    decision: FaultDecision,
  ): void {
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
    if (isPortPath(path)) return submitPort(request, response, path, json, decision);
    if (path === npanxxCheckPath) return checkNpanxx(response, json);
    return exception(response, 404, 'NotFound', `The practice carrier does not offer POST ${path}`);
  }

  return async function api(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    body: string,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    const settings = faults.get();
    if (settings.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.latencyMs));
    if (settings.unauthorized || !authorized(request, credentials)) {
      return exception(response, 401, 'Unauthorized', 'Invalid credentials', {
        'WWW-Authenticate': 'Basic realm="practice carrier"',
      });
    }

    const decision = faults.decide(method === 'POST' && isPortPath(path));
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

    if (method === 'POST') return post(request, response, path, body, decision);
    if (method !== 'GET') return exception(response, 405, 'MethodNotAllowed', `${method} is not supported`);
    if (getReferenceList(response, path) || getDashboard(response, path) || getStatus(response, path)) return;
    return exception(response, 404, 'NotFound', `The practice carrier does not offer GET ${path}`);
  };
}
