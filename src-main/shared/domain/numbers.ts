// Telephone numbers as dealers type and paste them, normalized to the carrier's form: 10 digits, NANP.
//
// Why a library (libphonenumber-js) and not a regular expression: whether an area code and exchange
// can exist is decided by the North American Numbering Plan, which keeps opening new area codes
// (overlays) and has reserved ranges; libphonenumber's metadata follows those changes, so an upgrade
// keeps validation current instead of a hand-kept list going stale. Splitting a pasted list into
// entries stays here, because only Portage knows which separators a spreadsheet paste uses.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MessageKey, MessageParams } from './messages';

export interface RejectedNumber {
  input: string;
  key: MessageKey;
  params: MessageParams;
}

export interface ParsedNumberList {
  /** Normalized 10-digit numbers, in the order given, each once. */
  numbers: string[];
  /** Entries that are not valid North American numbers, one by one. */
  rejected: RejectedNumber[];
  /** Entries that repeat a number already in the list, one by one. */
  duplicates: { input: string; number: string }[];
}

type Classified = { ok: true; number: string } | { ok: false; key: MessageKey; params: MessageParams };

const extension = /(?:ext\.?|extension|poste|x|#)\s*\d+\s*$/i;
const allowedCharacters = /^[\d\s+().\-/\u00a0\u2010-\u2015]*$/;
const nanpStructure = /^[2-9]\d{2}[2-9]\d{6}$/;
const tollFreeAreaCodes = new Set(['800', '833', '844', '855', '866', '877', '888']);

function classify(rawInput: string): Classified {
  const input = rawInput.trim();
  const fail = (key: MessageKey, params: MessageParams = {}): Classified => ({
    ok: false,
    key,
    params: { input, ...params },
  });
  if (!/\d/.test(input)) return fail('number.notANumber');
  if (extension.test(input)) return fail('number.hasExtension');
  if (!allowedCharacters.test(input)) return fail('number.notANumber');
  const digits = input.replace(/\D/g, '');
  let national: string;
  if (input.startsWith('+')) {
    if (!digits.startsWith('1')) return fail('number.notNanp');
    national = digits.slice(1);
  } else if (digits.startsWith('011')) {
    return fail('number.notNanp');
  } else if (digits.length === 11 && digits.startsWith('1')) {
    national = digits.slice(1);
  } else {
    national = digits;
  }
  if (national.length !== 10) return fail('number.wrongLength', { digits: national.length });
  // NANP structure first (area code and exchange never start with 0 or 1), then the library's
  // assignment data; the carrier ports Canadian and US numbers only, not other NANP countries'.
  if (!nanpStructure.test(national)) return fail('number.invalid');
  const parsed = parsePhoneNumberFromString(`+1${national}`);
  if (!parsed || !parsed.isValid()) return fail('number.invalid');
  if (parsed.country !== 'CA' && parsed.country !== 'US') return fail('number.notNanp');
  return { ok: true, number: national };
}

/** The 10-digit form of one number, or null if it is not a valid North American number. */
export function normalizeNumber(input: string): string | null {
  const result = classify(input);
  return result.ok ? result.number : null;
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * Several numbers separated only by spaces ("613 555 0123 613 555 0124"): group the words until a
 * group holds one number's digits (10, or 11 with the leading 1). Undefined when the words do not
 * fall into such groups, so the caller reports the entry as a whole.
 */
function groupBySpaces(chunk: string): string[] | undefined {
  const words = chunk.split(/\s+/).filter((word) => word !== '');
  if (words.length < 2) return undefined;
  const groups: string[] = [];
  let current: string[] = [];
  for (const word of words) {
    current.push(word);
    const group = current.join(' ');
    const digits = group.replace(/\D/g, '');
    const withTrunkPrefix = digits.startsWith('1') || group.startsWith('+');
    const complete = withTrunkPrefix ? digits.length === 11 : digits.length === 10;
    if (complete) {
      groups.push(group);
      current = [];
    } else if (digits.length > 11) {
      return undefined;
    }
  }
  if (current.length > 0 || groups.length < 2) return undefined;
  return groups;
}

/** Splits pasted text into entries: newlines, tabs (spreadsheet columns), commas, semicolons, pipes,
 *  and spaces between whole numbers. */
function entriesOf(text: string): string[] {
  const entries: string[] = [];
  for (const rawChunk of text.split(/[\r\n\t,;|]+/)) {
    const chunk = rawChunk.trim();
    if (chunk === '') continue;
    if (classify(chunk).ok || digitCount(chunk) <= 11) {
      entries.push(chunk);
      continue;
    }
    entries.push(...(groupBySpaces(chunk) ?? [chunk]));
  }
  return entries;
}

/** Parses a typed or pasted list of numbers; every invalid entry and every duplicate is reported. */
export function parseNumberList(text: string): ParsedNumberList {
  const result: ParsedNumberList = { numbers: [], rejected: [], duplicates: [] };
  const seen = new Set<string>();
  for (const entry of entriesOf(text)) {
    const classified = classify(entry);
    if (!classified.ok) {
      result.rejected.push({ input: entry, key: classified.key, params: classified.params });
    } else if (seen.has(classified.number)) {
      result.duplicates.push({ input: entry, number: classified.number });
    } else {
      seen.add(classified.number);
      result.numbers.push(classified.number);
    }
  }
  return result;
}

/** Why one entry is not a valid number (for per-field messages), or null when it is valid. */
export function numberProblem(input: string): { key: MessageKey; params: MessageParams } | null {
  const result = classify(input);
  return result.ok ? null : { key: result.key, params: result.params };
}

/**
 * Whether a number already normalized (10 digits) is toll-free: no second parse, for callers that hold
 * thousands of normalized numbers (a spreadsheet's rows).
 */
export function isNormalizedTollFree(normalized: string): boolean {
  return tollFreeAreaCodes.has(normalized.slice(0, 3));
}

/** Toll-free area codes of the NANP: 800, 833, 844, 855, 866, 877, 888. */
export function isTollFree(number: string): boolean {
  const normalized = normalizeNumber(number) ?? number.replace(/\D/g, '');
  return tollFreeAreaCodes.has(normalized.slice(0, 3));
}

export type NumberListNature = 'regular' | 'tollFree' | 'mixed' | 'none';

/** Whether a list is all regular, all toll-free, both, or empty. Entries that are not numbers are ignored. */
export function numberNature(numbers: readonly string[]): NumberListNature {
  let regular = false;
  let tollFree = false;
  for (const number of numbers) {
    const normalized = normalizeNumber(number);
    if (normalized === null) continue;
    if (isTollFree(normalized)) tollFree = true;
    else regular = true;
  }
  if (regular && tollFree) return 'mixed';
  if (tollFree) return 'tollFree';
  return regular ? 'regular' : 'none';
}

/** The NPA-NXX (area code and exchange) of a number as the carrier lists it: its first 6 digits. */
export function npanxxOf(number: string): number {
  const normalized = normalizeNumber(number) ?? number.replace(/\D/g, '');
  return Number.parseInt(normalized.slice(0, 6), 10);
}

/** A number for display: (613) 555-0123 in English, 613 555-0123 in French (Quebec usage).
 *  Anything that is not a valid number is shown as typed. */
export function formatNumber(number: string, locale: 'fr-CA' | 'en-CA'): string {
  const normalized = normalizeNumber(number);
  if (normalized === null) return number;
  const [area, exchange, line] = [normalized.slice(0, 3), normalized.slice(3, 6), normalized.slice(6)];
  return locale === 'fr-CA' ? `${area} ${exchange}-${line}` : `(${area}) ${exchange}-${line}`;
}
