// The carrier's reference lists, wired for createServices (services.ts): synced from the current
// carrier into the store's cache, read in the dealer's language. A file of its own so services.ts stays
// within the size the lint allows.
import { createReferenceService, type ReferenceService } from '../carrier/reference-service';
import { createReferenceSync, type ReferenceSync } from '../carrier/reference-sync';
import { translateText } from '../shared/domain/messages';
import type { Core } from './services';

export function referenceParts(core: Pick<Core, 'store' | 'carrier' | 'options' | 'locale'>): {
  referenceSync: ReferenceSync;
  reference: ReferenceService;
} {
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
