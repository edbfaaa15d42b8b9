// A carrier holiday's name in one language. The carrier's holiday list names each day in both
// languages at once, French first ("Fête du Canada / Canada Day"); a dealer reads only their own.
// A name without the " / " separator is the carrier's single name and is shown as it is.
import type { Locale } from './locale';

export function holidayName(name: string, locale: Locale): string {
  const parts = name.split(' / ').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '')) return name.trim();
  const [french = '', english = ''] = parts;
  return locale === 'fr-CA' ? french : english;
}
