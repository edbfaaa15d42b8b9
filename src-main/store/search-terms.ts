// What a draft is found by, and how the dealer's query is read. Pure functions (unit-tested).
import type { DraftData } from '../shared/domain/draft';

/** "Côté" → "cote": lower case, accents off, so a dealer can type without them. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/Œ/g, 'OE')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The words of a name, folded. "Boulangerie L'Étoile inc." → ["boulangerie", "l", "etoile", "inc"]. */
export function nameWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * A telephone number as digits: punctuation and spaces off, and the NANP country code 1 off an
 * 11-digit number, so "+1 (613) 555-0123", "613.555.0123" and "16135550123" are all "6135550123".
 */
export function numberDigits(typed: string): string {
  const digits = typed.replace(/\D+/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** Every telephone number in a draft, as typed (the port list first: it is what the list shows). */
export function draftNumbers(data: DraftData): string[] {
  const out: string[] = [];
  const add = (value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') out.push(value);
  };
  data.numbers?.toPort?.forEach(add);
  data.numbers?.toRemain?.forEach(add);
  data.numbers?.toDisconnect?.forEach(add);
  add(data.numbers?.newPilotNumber);
  add(data.target?.pilotNumber);
  data.service?.dids?.forEach((d) => add(d.number));
  data.service?.lines?.forEach((l) => add(l.number));
  data.service?.forwards?.forEach((f) => add(f.number));
  data.service?.forwardingInstructions?.forEach((f) => add(f.number));
  return out;
}

/**
 * Everything the summary and search columns (title, customer name and sort key, numbers shown,
 * search terms) are computed from, as one string. A save whose source equals the stored one leaves
 * those columns as they are: comparing this string costs far less than recomputing them, and an
 * autosave usually changes something else (comments, an address, a date).
 */
export function summarySource(data: DraftData): string {
  // Reads only the sections listed in summarySections.
  return JSON.stringify([data.customer?.name ?? '', data.numbers?.toPort ?? [], draftNumbers(data)]);
}

/** The sections summarySource reads: a save that leaves these as they were leaves it as it was. */
export const summarySections = [
  'customer',
  'numbers',
  'target',
  'service',
] as const satisfies readonly (keyof DraftData)[];

/** The numbers the list shows: those to port, as typed. */
export function portedNumbers(data: DraftData): string[] {
  return (data.numbers?.toPort ?? []).filter((n) => n.trim() !== '');
}

export function customerName(data: DraftData): string {
  return (data.customer?.name ?? '').trim();
}

/** The title a draft is listed under: the customer's name, else its first number, else nothing. */
export function titleFor(data: DraftData): string {
  return customerName(data) || portedNumbers(data)[0]?.trim() || '';
}

/**
 * The search terms of a draft, prefixed by what they are: `n:` a folded word of the customer name
 * (and each run of words to the end with spaces and punctuation removed, so "obrien" finds "O'Brien"),
 * `p:` a number's digits (for prefixes such as an area code and exchange), `s:` the same digits
 * reversed (so the last four digits are a prefix too).
 */
export function searchTerms(data: DraftData): string[] {
  const terms = new Set<string>();
  const words = nameWords(customerName(data));
  for (const word of words) terms.add(`n:${word}`);
  // Each run of words to the end, joined: "obrien" and "jeanobrien" for "Jean O'Brien".
  for (let i = 0; i < words.length - 1 && i < 8; i++) terms.add(`n:${words.slice(i).join('')}`);
  for (const typed of draftNumbers(data)) {
    const digits = numberDigits(typed);
    if (digits.length === 0) continue;
    terms.add(`p:${digits}`);
    terms.add(`s:${reverse(digits)}`);
  }
  return [...terms];
}

export function reverse(text: string): string {
  return [...text].reverse().join('');
}

/** How the list reads the search box. */
export interface ParsedQuery {
  /** Folded words, each must begin a word of the customer name. */
  words: string[];
  /** Digits when the query looks like (part of) a telephone number: digits and phone punctuation only. */
  digits: string | null;
  /** The query as typed, trimmed, for tickets and reference numbers. */
  raw: string;
}

export function parseQuery(query: string): ParsedQuery | null {
  const raw = query.trim();
  if (raw === '') return null;
  const phoneLike = /^[\d\s()+.\-/]+$/.test(raw) && /\d/.test(raw);
  let digits: string | null = null;
  if (phoneLike) {
    digits = raw.replace(/\D+/g, '');
    // "+1 613 555" and "1-613-555-0123": the country code is not part of the stored digits.
    if ((digits.length === 11 || /^\+?\s*1[\s.\-(]/.test(raw)) && digits.startsWith('1'))
      digits = digits.slice(1);
    if (digits === '') digits = null;
  }
  return { words: nameWords(raw).slice(0, 8), digits, raw };
}
