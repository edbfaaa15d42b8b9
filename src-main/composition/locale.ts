// The dealer's language: their choice in Settings, else the system's (French if it is any French).
import type { Locale } from '../shared/ipc-contract/types';

export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr-CA' : 'en-CA';
}

export function effectiveLocale(chosen: Locale | null, systemLocale: string): Locale {
  return chosen ?? localeFromSystem(systemLocale);
}
