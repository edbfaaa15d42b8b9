// A port's status (PortInStatus), by ticket or by number: where it is in its lifecycle at the
// carrier's clock (port-lifecycle.ts), with the rejection's details once rejected; 404 for a port it
// does not have, or for every port while the `statusNotFound` fault is set.
import type { ServerResponse } from 'node:http';
import type { Clock } from '../carrier/clock';
import { exception } from './exception';
import { send } from './http';
import { digitsOfNumber } from './port-checks';
import { numbersOf, portInStatusOf, type ReceivedPort } from './port-lifecycle';
import type { ReceivedPorts } from './received-ports';

export interface StatusRouteDeps {
  clock: Clock;
  statusStepMs: number;
  /** The dealer the statuses name: the API's username. */
  dealer: string;
  received: ReceivedPorts;
  /** The `statusNotFound` fault: every status answers 404 while it is set. */
  notFound: () => boolean;
}

/** Returns the GET handler of the status routes: it answers and returns true, or returns false. */
export function createStatusRoutes({ clock, statusStepMs, dealer, received, notFound }: StatusRouteDeps) {
  const statusOf = (port: ReceivedPort) => portInStatusOf(port, clock.now(), statusStepMs, dealer);
  const latestPortWith = (tn: number) =>
    [...received.all].reverse().find((port) => numbersOf(port.body).includes(tn));

  return function getStatus(response: ServerResponse, path: string): boolean {
    const byTicket = /^\/v2\/NumberPorts\/Inbound\/Tickets\/([^/]+)\/PortInStatus$/.exec(path);
    if (byTicket?.[1]) {
      const ticket = decodeURIComponent(byTicket[1]);
      const port = notFound() ? undefined : received.all.find((candidate) => candidate.ticket === ticket);
      if (port) send(response, 200, statusOf(port));
      else exception(response, 404, 'NotFound', `No port request with ticket ${ticket}`);
      return true;
    }
    const byNumber = /^\/v2\/NumberPorts\/Inbound\/Numbers\/([^/]+)\/PortInStatus$/.exec(path);
    if (byNumber?.[1]) {
      const tn = digitsOfNumber(decodeURIComponent(byNumber[1]));
      const port = tn === null || notFound() ? undefined : latestPortWith(tn);
      if (port) send(response, 200, statusOf(port));
      else exception(response, 404, 'NotFound', 'No port request for this number');
      return true;
    }
    return false;
  };
}
