// The inbound-port dashboard (PortInInfo): every order, the orders with a number, or one order. Each
// accepted port is one order of one request; HappyFoxTicket carries its ticket (an assumption of this
// simulator, README).
import type { ServerResponse } from 'node:http';
import type { Clock } from '../carrier/clock';
import { exception } from './exception';
import { send } from './http';
import { digitsOfNumber } from './port-checks';
import { assessmentOf, numbersOf, statusAt, type ReceivedPort } from './port-lifecycle';
import type { ReceivedPorts } from './received-ports';

export interface DashboardRouteDeps {
  clock: Clock;
  statusStepMs: number;
  received: ReceivedPorts;
}

/** Returns the GET handler of the dashboard routes: it answers and returns true, or returns false. */
export function createDashboardRoutes({ clock, statusStepMs, received }: DashboardRouteDeps) {
  function dashboard(selected: readonly ReceivedPort[]) {
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

  return function getDashboard(response: ServerResponse, path: string): boolean {
    const ports = received.all;
    if (path === '/v2/NumberPorts/Inbound/Dashboard/PortInInfo') {
      send(response, 200, dashboard(ports));
      return true;
    }
    const ordersByNumber =
      /^\/v2\/NumberPorts\/Inbound\/Dashboard\/PortInInfo\/OrdersByNumber\/([^/]+)$/.exec(path);
    if (ordersByNumber?.[1]) {
      const tn = digitsOfNumber(decodeURIComponent(ordersByNumber[1]));
      send(
        response,
        200,
        dashboard(ports.filter((port) => tn !== null && numbersOf(port.body).includes(tn))),
      );
      return true;
    }
    const order = /^\/v2\/NumberPorts\/Inbound\/Dashboard\/PortInInfo\/Orders\/(\d+)$/.exec(path);
    if (order?.[1]) {
      const orderId = Number(order[1]);
      const selected = ports.filter((port) => port.orderId === orderId);
      if (selected.length > 0) send(response, 200, dashboard(selected));
      else exception(response, 404, 'NotFound', `No order ${orderId}`);
      return true;
    }
    return false;
  };
}
