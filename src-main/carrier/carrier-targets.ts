// The carrier clients, one per target (the practice carrier, or one account by address and customer
// number), and which target is current. A request is bound to its target when it is finalized; this is
// what keeps it there: the client for a target reads its credentials at each request and has none
// (answers `noAccount`, sends nothing) unless that very target is available now. So a request finalized
// for an account can never reach the practice carrier or another account, whatever changes meanwhile.
//
// The current target is the account when one is set up, else the practice carrier. Reference lists and
// portability checks follow it; queued requests are sent only while their own target is current, and
// tickets are polled wherever they were issued, if it can be reached (ReachableTargets).
import type { CarrierTarget, ReachableTargets } from '../shared/domain/carrier-target';
import { createCarrierClient, type CarrierClient, type CarrierCredentials } from './client';
import type { Clock } from './clock';

export interface CarrierTargetsOptions {
  fetchFn: typeof fetch;
  clock?: Clock;
  timeoutMs?: number;
  /** The account's credentials, read at each request; null when none is set up. */
  account: () => CarrierCredentials | null;
  /** The practice carrier's address and login, read at each request; null while it does not run. */
  practice: () => CarrierCredentials | null;
}

export interface CarrierTargets {
  /** Where a request finalized now goes: the account if one is set up, else the practice carrier. */
  current(): CarrierTarget;
  /** Which carriers can be asked about a ticket now. */
  reachable(): ReachableTargets;
  /** The client bound to `target`: it sends nothing unless that target is available at that moment. */
  clientFor(target: CarrierTarget): CarrierClient;
  /** The client of whatever target is current, read at each request (reference lists, portability). */
  readonly currentClient: CarrierClient;
}

function keyOf(target: CarrierTarget): string {
  return target.kind === 'practice' ? 'practice' : `account\n${target.baseUrl}\n${target.username}`;
}

export function createCarrierTargets(options: CarrierTargetsOptions): CarrierTargets {
  const clients = new Map<string, CarrierClient>();
  const makeClient = (credentials: () => CarrierCredentials | null): CarrierClient =>
    createCarrierClient({
      fetchFn: options.fetchFn,
      credentials,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });

  /** The credentials for `target` if it is the practice carrier running, or the account set up now. */
  function credentialsFor(target: CarrierTarget): CarrierCredentials | null {
    if (target.kind === 'practice') return options.practice();
    const account = options.account();
    if (!account || account.baseUrl !== target.baseUrl || account.username !== target.username) return null;
    return account;
  }

  function current(): CarrierTarget {
    const account = options.account();
    return account
      ? { kind: 'account', baseUrl: account.baseUrl, username: account.username }
      : { kind: 'practice' };
  }

  return {
    current,
    reachable() {
      const target = current();
      return { practice: options.practice() !== null, account: target.kind === 'account' ? target : null };
    },
    clientFor(target) {
      const key = keyOf(target);
      let client = clients.get(key);
      if (!client) {
        // A copy: the caller's object may be a row that changes later.
        const bound: CarrierTarget = { ...target };
        client = makeClient(() => credentialsFor(bound));
        // A few targets in a session at most (practice, an account, perhaps the next one).
        if (clients.size > 16) clients.clear();
        clients.set(key, client);
      }
      return client;
    },
    currentClient: makeClient(() => options.account() ?? options.practice()),
  };
}
