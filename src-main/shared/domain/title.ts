// What a draft is called in lists, and the text the store indexes for search.
import type { DraftKind } from './catalogue';
import type { DraftData } from './draft';
import { translate, type Locale } from './messages';
import { formatNumber, normalizeNumber } from './numbers';

function portedNumbers(data: DraftData): string[] {
  return (data.numbers?.toPort ?? []).flatMap((value) => {
    const number = normalizeNumber(value);
    return number === null ? [] : [number];
  });
}

/** The customer's name; else the first number to port and how many more; else "New request – kind". */
export function draftTitle(data: DraftData, kind: DraftKind, locale: Locale = 'en-CA'): string {
  const name = data.customer?.name?.trim().replace(/\s+/g, ' ');
  if (name) return name.length > 120 ? `${name.slice(0, 119)}…` : name;
  const numbers = portedNumbers(data);
  const [first] = numbers;
  if (first !== undefined) {
    return translate(locale, 'title.numbers', {
      first: formatNumber(first, locale),
      more: numbers.length - 1,
    });
  }
  return translate(locale, 'title.untitled', { kind: translate(locale, `kind.${kind}`) });
}

/** Lower-case text for search: customer name, account, city, the offering and every normalized number
 *  (to port, to remain, to disconnect, pilot), so a search for "5550123" or "Marie" finds the draft. */
export function searchableText(data: DraftData): string {
  const numbers = [
    ...(data.numbers?.toPort ?? []),
    ...(data.numbers?.toRemain ?? []),
    ...(data.numbers?.toDisconnect ?? []),
    data.target?.pilotNumber ?? '',
  ].flatMap((value) => {
    const number = normalizeNumber(value);
    return number === null ? [] : [number];
  });
  const words = [
    data.customer?.name,
    data.customer?.accountNumber,
    data.address?.city,
    data.target?.trunkLabel,
    data.target?.offeringName?.En,
    data.target?.offeringName?.Fr,
    ...new Set(numbers),
  ];
  return words
    .filter((word): word is string => typeof word === 'string' && word.trim() !== '')
    .map((word) => word.trim().toLowerCase())
    .join(' ');
}
