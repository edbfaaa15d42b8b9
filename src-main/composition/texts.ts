// Translating for the main process: keys arrive as plain strings (from errors, dialogs, notifications),
// so an unknown one must fall back instead of throwing.
import { isMessageKey, translate as translateDomain } from '../shared/domain/messages';
import type { Locale } from '../shared/ipc-contract/types';
import type { MessageParams } from '../ipc/errors';

/** Never throws and never returns an empty string: an unknown key falls back to the generic error. */
export function translateText(locale: Locale, key: string, params: MessageParams = {}): string {
  if (isMessageKey(key)) return translateDomain(locale, key, params);
  return translateDomain(locale, 'error.internal');
}
