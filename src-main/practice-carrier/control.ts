// The control endpoints, outside the API's base path, with no authentication (loopback only, and only
// when the practice carrier is started with `controlEndpoints`: the CLI, the browser harness, tests):
//   GET    /__practice/faults          → current FaultSettings
//   PUT    /__practice/faults          body: partial FaultSettings (JSON) → merged settings (POST works too)
//   DELETE /__practice/faults          → clears every fault
//   GET    /__practice/ports           → every accepted port: { ticket, path, body, receivedAt, orderId }[]
//   DELETE /__practice/ports           → forgets every port
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exception } from './exception';
import { faultUpdateSchema, type FaultState } from './faults';
import { send } from './http';
import type { ReceivedPorts } from './received-ports';

export const controlPath = '/__practice';

/** Returns the handler of one control request (`path`: the URL's whole path; `body`: as read). */
export function createControl(faults: FaultState, received: ReceivedPorts) {
  function setFaults(response: ServerResponse, body: string): void {
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

  return function control(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    body: string,
  ): void {
    if (path === `${controlPath}/faults`) {
      if (request.method === 'GET') return send(response, 200, faults.get());
      if (request.method === 'DELETE') return send(response, 200, faults.clear());
      if (request.method === 'PUT' || request.method === 'POST') return setFaults(response, body);
    }
    if (path === `${controlPath}/ports`) {
      if (request.method === 'GET') return send(response, 200, received.all);
      if (request.method === 'DELETE') {
        received.forgetAll();
        return send(response, 200, []);
      }
    }
    exception(response, 404, 'NotFound', `No practice control at ${request.method ?? ''} ${path}`);
  };
}
