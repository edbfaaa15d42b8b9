// What the outbox services need from the rest of Portage, as narrow interfaces so tests pass real parts
// (an opened store, a carrier client on loopback) and nothing else.
import type { CarrierClient } from '../carrier/client';
import type { Store } from '../store/store';

export type OutboxStore = Pick<Store, 'db' | 'durably' | 'drafts' | 'attachments'>;

export type OutboxCarrier = Pick<
  CarrierClient,
  'submitPort' | 'portInStatusByTicket' | 'portInStatusByNumber' | 'portOrders'
>;

/** The time now (the store's clock shape). */
export type OutboxClock = () => Date;

/** One line of the worker's log: ids, operations, statuses and error kinds; never a body or a secret. */
export type OutboxLog = (line: string) => void;
