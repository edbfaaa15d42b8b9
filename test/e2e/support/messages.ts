// The renderer's messages in the journey's language, so assertions read what the dealer reads.
import { IntlMessageFormat } from 'intl-messageformat';
import { enCA, type MessageKey } from '../../../src-renderer/i18n/en-CA';
import { frCA } from '../../../src-renderer/i18n/fr-CA';

export type Language = 'en-CA' | 'fr-CA';

export function message(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text = (language === 'fr-CA' ? frCA : enCA)[key];
  return String(new IntlMessageFormat(text, language).format(params));
}
