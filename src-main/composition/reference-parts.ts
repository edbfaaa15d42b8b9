// The carrier's reference lists: synced from the current carrier into the store's cache, read in the
// dealer's language. (Moved out of services.ts, which the lint keeps under 400 lines.)
import type { CarrierClient } from '../carrier/client';
import type { Clock } from '../carrier/clock';
import { createReferenceService, type ReferenceService } from '../carrier/reference-service';
import { createReferenceSync, type ReferenceSync } from '../carrier/reference-sync';
import type { Locale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';
import type { Store } from '../store';

export function referenceParts(core: {
  store: Store;
  carrier: CarrierClient;
  options: { clock: Clock };
  locale: () => Locale;
}): { referenceSync: ReferenceSync; reference: ReferenceService } {
  const { store, carrier, options, locale } = core;
  const referenceSync = createReferenceSync({
    client: carrier,
    cache: store.referenceCache,
    clock: options.clock,
  });
  const reference = createReferenceService({
    cache: store.referenceCache,
    sync: referenceSync,
    locale,
    translate: (l, key) => translateText(l, key),
  });
  return { referenceSync, reference };
}
