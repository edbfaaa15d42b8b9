// The dealer's language as the services read it: the choice saved in Settings, else the system's.
// Moved out of services.ts (which the lint caps at 400 lines) unchanged.
import { effectiveLocale, type Locale } from '../shared/domain/locale';
import type { Store } from '../store';

/** The dealer's language: read on every call so a change in Settings applies at once. */
export function localeReader(store: Store, systemLocale: string, stopped: () => boolean): () => Locale {
  let last: Locale = effectiveLocale(null, systemLocale);
  return () => {
    // After shutdown the database is closed: the last language known.
    if (stopped()) return last;
    last = effectiveLocale(store.settings.get('language'), systemLocale);
    return last;
  };
}
