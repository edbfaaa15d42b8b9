// A parent subscription as the dealer knows it: by the product it is (the carrier's product name in
// the dealer's language), then its name, which is usually the number it serves ("Hosted PBX seat —
// (613) 555-0100"). The subscription's ID is the carrier's key, shown only when nothing better is known.
import type { Locale, Offering, ParentSubscription } from './api-types';
import { formatNumber } from '../../src-main/shared/domain/numbers';
import { parentSubscriptionsOf } from './portage';
import { translateIn } from '../i18n/i18n.svelte';

export function parentLabel(parent: ParentSubscription, locale: Locale): string {
  return translateIn(locale, 'new.parentOption', {
    product: locale === 'fr-CA' ? parent.ProductName.Fr : parent.ProductName.En,
    name: formatNumber(parent.Name, locale),
  });
}

/** The label of the subscription `id` among the offering's parents, or null when the lists lack it. */
export function parentLabelById(
  offerings: readonly Offering[],
  offeringId: string | undefined,
  id: string | undefined,
  locale: Locale,
): string | null {
  const offering = offerings.find((candidate) => candidate.OfferingID === offeringId);
  const parent = offering ? parentSubscriptionsOf(offering).find((p) => p.SubscriptionID === id) : undefined;
  return parent ? parentLabel(parent, locale) : null;
}
