// What the outbox services need from the rest of Portage, as narrow interfaces so tests pass real parts
// (an opened store, a carrier client on loopback) and nothing else.
import type { CarrierClient } from '../carrier/client';
import type { CarrierTarget, ReachableTargets } from '../shared/domain/carrier-target';
import type { LogLine } from '../shared/domain/log-line';
import type { Store } from '../store/store';

export type OutboxStore = Pick<Store, 'db' | 'durably' | 'drafts' | 'attachments'>;

export type OutboxCarrier = Pick<
  CarrierClient,
  'submitPort' | 'portInStatusByTicket' | 'portInStatusByNumber' | 'portOrders'
>;

/**
 * The carriers requests go to (CarrierTargets in the app, oneCarrier() in tests of the outbox alone):
 * which one is current, which can be asked about tickets, and the client bound to each.
 */
export interface OutboxTargets {
  /** Where a request finalized now goes, and the only target whose requests are sent now. */
  current(): CarrierTarget;
  reachable(): ReachableTargets;
  /** The client bound to `target`: it sends nothing unless that target is available at that moment. */
  clientFor(target: CarrierTarget): OutboxCarrier;
}

/** The time now (the store's clock shape). */
export type OutboxClock = () => Date;

/** One line of the worker's log: ids, operations, statuses and error kinds; never a body or a secret. */
export type OutboxLog = LogLine;
