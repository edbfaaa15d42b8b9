// The two lookups behind reconciliation (see reconcile-decision.ts): by CustomerReferenceNumber in the
// dealer's port orders, and by each telephone number. Each lookup is recorded in the audit trail.
import type { CarrierError, CarrierOutcome } from '../carrier/carrier-error';
import type { CustomerInfo } from '../carrier/responses';
import type { OutboxCarrier } from './outbox-deps';
import type { LookupResult } from './reconcile-decision';
import { describeError } from './submission-outcome';

export interface LookupAudit {
  operation: string;
  httpStatus: number | null;
  ticket: string | null;
  error: string | null;
}

export interface Lookups {
  byReference: LookupResult;
  byNumber: LookupResult;
  /** The carrier could not be reached at all: the worker treats that as being offline. */
  unreachable: boolean;
  audit: LookupAudit[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * Tickets of the port orders that are this draft's, from the dealer's dashboard listing.
 * A request carrying a CustomerReferenceNumber is matched by it. The contract's CustInfoRequests has no
 * such field, so when the listing carries none at all, a request is matched by its numbers instead (every
 * number of the draft among its NumberToPort), leaving out tickets that belong to other drafts of ours.
 * Tickets are read tolerantly: TicketMask, TicketId or HappyFoxTicket.
 */
export function ticketsForReference(
  info: CustomerInfo,
  reference: string,
  numbers: readonly number[],
  ownedElsewhere: (ticket: string) => boolean,
): string[] {
  const requests = info.Orders.flatMap((order) =>
    order.Requests.map((request) => ({ order, fields: request as Record<string, unknown> })),
  );
  const referenceOf = (fields: Record<string, unknown>, order: object) =>
    text(fields.CustomerReferenceNumber) ?? text((order as Record<string, unknown>).CustomerReferenceNumber);
  const carriesReferences = requests.some(({ order, fields }) => referenceOf(fields, order) !== null);
  const wanted = numbers.map(String);
  const tickets: string[] = [];
  for (const { order, fields } of requests) {
    const ticket = text(fields.TicketMask) ?? text(fields.TicketId) ?? text(fields.HappyFoxTicket);
    if (carriesReferences) {
      if (referenceOf(fields, order) !== reference) continue;
    } else {
      const listed = new Set(
        (Array.isArray(fields.NumberToPort) ? fields.NumberToPort : [])
          .map((row) => text((row as Record<string, unknown> | null)?.TnRange)?.replace(/\D/g, ''))
          .filter((tn): tn is string => tn !== undefined),
      );
      if (wanted.length === 0 || !wanted.every((tn) => listed.has(tn))) continue;
      if (ticket !== null && ownedElsewhere(ticket)) continue;
    }
    tickets.push(ticket ?? `order ${order.OrderID}/${String(fields.RequestIdx)}`);
  }
  return [...new Set(tickets)];
}

function failure(error: CarrierError): LookupResult {
  return { kind: 'failed', reason: describeError(error) };
}

function auditOf<T>(operation: string, outcome: CarrierOutcome<T>, ticket: string | null): LookupAudit {
  return outcome.ok
    ? { operation, httpStatus: outcome.status, ticket, error: null }
    : {
        operation,
        httpStatus: outcome.error.status ?? null,
        ticket: null,
        error: describeError(outcome.error),
      };
}

/**
 * Looks the port up both ways. `ownedElsewhere(ticket)` says whether a ticket already belongs to another of
 * our drafts (an earlier port of the same numbers), which is then not evidence about this one.
 */
export async function lookUpPort(
  client: OutboxCarrier,
  reference: string,
  numbers: readonly number[],
  ownedElsewhere: (ticket: string) => boolean,
): Promise<Lookups> {
  const audit: LookupAudit[] = [];
  let unreachable = false;

  const orders = await client.portOrders();
  let byReference: LookupResult;
  if (orders.ok) {
    const tickets = ticketsForReference(orders.value, reference, numbers, ownedElsewhere);
    byReference = tickets.length > 0 ? { kind: 'found', tickets } : { kind: 'none' };
    audit.push(auditOf('GET PortInInfo (by reference)', orders, tickets.join(', ') || null));
  } else {
    if (orders.error.kind === 'connectionFailed') unreachable = true;
    byReference = failure(orders.error);
    audit.push(auditOf('GET PortInInfo (by reference)', orders, null));
  }

  let byNumber: LookupResult = { kind: 'none' };
  const found = new Set<string>();
  // A handful of numbers is enough to find a port; a 500-number port need not cost 500 requests.
  for (const number of numbers.slice(0, 5)) {
    if (unreachable) break;
    const status = await client.portInStatusByNumber(number);
    const operation = `GET PortInStatus by number ${number}`;
    if (status.ok) {
      const ticket = text(status.value.TicketId);
      audit.push(auditOf(operation, status, ticket));
      if (ticket === null) {
        byNumber = { kind: 'failed', reason: `a port for ${number} without a ticket` };
        break;
      }
      if (!ownedElsewhere(ticket)) found.add(ticket);
      continue;
    }
    audit.push(auditOf(operation, status, null));
    if (status.error.kind === 'notFound') continue;
    if (status.error.kind === 'connectionFailed') unreachable = true;
    byNumber = failure(status.error);
    break;
  }
  if (byNumber.kind !== 'failed' && found.size > 0) byNumber = { kind: 'found', tickets: [...found] };
  return { byReference, byNumber, unreachable, audit };
}
