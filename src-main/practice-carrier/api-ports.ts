// Port submissions: POST to one of the 10 catalogue operations. The body is checked against the
// contract (contract-validator.ts) and then as the carrier would (port-checks.ts); a valid port is
// recorded under a new ticket and answered with it, unless a dropAfterRecord fault loses the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../carrier/clock';
import { catalogue } from '../shared/domain/catalogue';
import { bodySchemaOf, contractOperation, validateAgainstContract } from './contract-validator';
import { exception } from './exception';
import type { FaultDecision, FaultState } from './faults';
import { send } from './http';
import { businessProblems } from './port-checks';
import type { ReceivedPorts } from './received-ports';

const portPaths = new Map(catalogue.map((entry) => [entry.path, entry]));

/** Whether a POST to `path` submits a port. */
export function isPortPath(path: string): boolean {
  return portPaths.has(path);
}

export interface PortRouteDeps {
  clock: Clock;
  faults: FaultState;
  received: ReceivedPorts;
}

/** Answers a port submission (`path` is a port path, `json` the parsed body). */
export function createPortRoute({ clock, faults, received }: PortRouteDeps) {
  return function submitPort(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    json: unknown,
    decision: FaultDecision,
  ): void {
    const operation = contractOperation('POST', path);
    const schema = operation ? bodySchemaOf(operation) : undefined;
    const violations = schema ? validateAgainstContract(json, schema) : [];
    if (violations.length > 0) {
      const listed = violations
        .slice(0, 5)
        .map((violation) => `${violation.path || 'body'}: ${violation.problem}`);
      return exception(response, 400, 'InvalidRequest', listed.join('; '));
    }
    const problems = businessProblems(portPaths.get(path)?.nature === 'tollFree', json);
    if (problems.length > 0) return exception(response, 400, 'InvalidValue', problems.slice(0, 5).join('; '));

    const port = received.record(path, json, new Date(clock.now()).toISOString());
    faults.recorded(decision);
    if (decision.kind === 'dropAfterRecord') {
      // The carrier has the port; the answer is lost on the way back.
      request.socket.destroy();
      return;
    }
    return send(response, 200, { Reply: 1, TicketMask: port.ticket, Message: 'Accepted' });
  };
}
