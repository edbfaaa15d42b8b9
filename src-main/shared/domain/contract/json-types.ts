// The contract's JSON types as zod schemas, so every definition file reads like the contract itself.
import { z } from 'zod';

/** `"type": "integer", "format": "int64"`. JavaScript numbers are exact up to 2^53, which covers
 *  every 10-digit telephone number and every identifier the carrier sends. */
export const int64 = () => z.int();

/** `"type": "integer", "format": "int32"`. */
export const int32 = () => z.int32();

/** `"type": "string"` with the contract's optional `minLength` / `maxLength`. */
export function text(lengths: { min?: number; max?: number } = {}) {
  let schema = z.string();
  if (lengths.min !== undefined) schema = schema.min(lengths.min);
  if (lengths.max !== undefined) schema = schema.max(lengths.max);
  return schema;
}

/** The carrier's `Reply` (x-enum-names: 0 Rejected, 1 Accepted, 2 Deferred, 3 Conditional, 4 Error). */
export const replyValues = [0, 1, 2, 3, 4] as const;
export type Reply = (typeof replyValues)[number];
export const replyNames: Readonly<Record<Reply, string>> = {
  0: 'Rejected',
  1: 'Accepted',
  2: 'Deferred',
  3: 'Conditional',
  4: 'Error',
};
export const reply = () => z.literal(replyValues);

/** A line's `Locale` (x-enum-names 0..6). */
export const localeValues = [0, 1, 2, 3, 4, 5, 6] as const;
export const localeNames = {
  0: 'EnglishUS',
  1: 'EnglishUK',
  2: 'EnglishCA',
  3: 'UserDefined1',
  4: 'UserDefined2',
  5: 'FrenchCA',
  6: 'SpanishLatinAmerica',
} as const;
export const locale = () => z.literal(localeValues);

/** A line's `SecondLocale`: the same values plus 9 None. */
export const secondLocaleValues = [0, 1, 2, 3, 4, 5, 6, 9] as const;
export const secondLocaleNames = { ...localeNames, 9: 'None' } as const;
export const secondLocale = () => z.literal(secondLocaleValues);

/** `Offering.Type` (enum 1..7). */
export const offeringTypeValues = [1, 2, 3, 4, 5, 6, 7] as const;
export const offeringType = () => z.literal(offeringTypeValues);
