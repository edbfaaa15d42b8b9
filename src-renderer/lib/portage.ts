// The one way the renderer reaches the main process: `window.portage`, defined by the Electron preload
// or by the browser harness's bridge script.
import type { PortageApi } from './api-types';
import type { ParentSubscription } from './api-types';

export function portage(): PortageApi {
  return window.portage;
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
