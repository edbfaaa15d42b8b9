// The one way the renderer reaches the main process: `window.portage`, defined by the Electron preload
// or by the browser harness's bridge script. Only the stores (src-renderer/stores) call it: views and
// components ask a store, so each feature's calls to the main process live in one place.
import type { PortageApi, Result } from './api-types';
import type { ParentSubscription } from './api-types';

export function portage(): PortageApi {
  return window.portage;
}

/** What the view needs from an answer: its value, or the main process's message (already translated). */
export function valueOr<T>(result: Result<T>): T | string {
  return result.ok ? result.value : result.error.message;
}

/** The main process's message when it refused, or null when it did what was asked. */
export function errorOf(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.message;
}

/** The parent subscriptions an offering lists, kept only when they have the contract's shape. */
export function parentSubscriptionsOf(offering: {
  PotentialParentSubscriptions?: unknown[];
}): ParentSubscription[] {
  return (offering.PotentialParentSubscriptions ?? []).filter(
    (item): item is ParentSubscription =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ParentSubscription).SubscriptionID === 'string' &&
      typeof (item as ParentSubscription).Name === 'string',
  );
}
