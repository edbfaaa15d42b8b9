// Translating message keys for the dealer. Messages use ICU syntax (plurals, numbers), so they are
// formatted with intl-messageformat rather than string replacement.
import { IntlMessageFormat } from 'intl-messageformat';
import { enCA, type MessageKey } from './en-CA';
import { frCA } from './fr-CA';

export type { MessageKey } from './en-CA';
import type { Locale } from '../locale';

export { locales, type Locale } from '../locale';
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  'en-CA': enCA,
  'fr-CA': frCA,
};

export const messageKeys = Object.keys(enCA) as MessageKey[];

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(enCA, value);
}

const formatters = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat(catalogues[locale][key], locale);
    formatters.set(id, formatter);
  }
  return formatter;
}

/** The message for `key` in the dealer's language. A missing parameter shows as its name in braces
 *  rather than failing, so a message is always shown. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  try {
    const result = formatterFor(locale, key).format(params);
    return typeof result === 'string' ? result : String(result);
  } catch {
    return catalogues[locale][key].replace(/\{(\w+)[^}]*\}/g, (_all, name: string) =>
      params[name] === undefined ? `{${name}}` : String(params[name]),
    );
  }
}

/**
 * For keys that arrive as plain strings (from errors, dialogs, notifications): never throws and never
 * returns an empty string; an unknown key falls back to the generic error.
 */
export function translateText(locale: Locale, key: string, params: MessageParams = {}): string {
  return isMessageKey(key) ? translate(locale, key, params) : translate(locale, 'error.internal');
}
