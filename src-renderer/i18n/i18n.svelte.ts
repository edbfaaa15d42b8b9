// The dealer's language as a rune: every `t()` call in a template reads `i18n.locale`, so switching the
// language re-renders every message at once, with no reload.
import { IntlMessageFormat } from 'intl-messageformat';
import { enCA, type MessageKey } from './en-CA';
import { frCA } from './fr-CA';
import type { Locale } from '../lib/api-types';

export type { MessageKey };
export type MessageParams = Record<string, string | number | Date>;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'en-CA': enCA, 'fr-CA': frCA };

class I18nState {
  locale = $state<Locale>('en-CA');
}

export const i18n = new I18nState();

export { supportedLocale } from '../../src-main/shared/domain/locale';

export function setLocale(locale: Locale): void {
  i18n.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// A plain cache, not reactive state: compiled messages never change.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(catalogues[locale][key], locale);
    compiled.set(cacheKey, message);
  }
  return message;
}

/** Formats a message in the current language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translateIn(i18n.locale, key, params);
}

export function translateIn(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const result = formatter(locale, key).format(params);
  return Array.isArray(result) ? result.join('') : String(result);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(enCA, key);
}
