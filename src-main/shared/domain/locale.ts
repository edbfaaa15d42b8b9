// The dealer's languages, and which one applies: their choice in Settings, else the system's (French if it
// is any French, English otherwise). One definition for the main process and the renderer.

export const locales = ['fr-CA', 'en-CA'] as const;
export type Locale = (typeof locales)[number];

/** The supported locale closest to a system locale such as "fr", "fr-FR" or "en-US". */
export function supportedLocale(systemLocale: string | null | undefined): Locale {
  return systemLocale?.toLowerCase().startsWith('fr') ? 'fr-CA' : 'en-CA';
}

export function effectiveLocale(chosen: Locale | null, systemLocale: string | null | undefined): Locale {
  return chosen ?? supportedLocale(systemLocale);
}
