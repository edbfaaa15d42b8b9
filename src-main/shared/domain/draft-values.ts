// Reading typed draft values as the carrier's JSON values. Each returns undefined for an empty or
// unusable value; the validation rules report why, the body simply leaves the field out.
import { normalizeNumber } from './numbers';

export function textValue(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A telephone number as the carrier's JSON integer. */
export function numberValue(value: string | undefined): number | undefined {
  const normalized = value === undefined ? null : normalizeNumber(value);
  return normalized === null ? undefined : Number(normalized);
}

/** Digits only, as a JSON integer (account numbers, extensions, delays). */
export function integerValue(value: string | undefined): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !/^\d+$/.test(trimmed)) return undefined;
  const parsed = Number(trimmed);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

export const int32Max = 2_147_483_647;

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** A Canadian postal code as the carrier expects it (A1A 1A1); anything else trimmed as typed. */
export function postalCodeValue(value: string | undefined, country: string | undefined): string | undefined {
  const trimmed = textValue(value);
  if (trimmed === undefined) return undefined;
  if (country?.trim().toUpperCase() === 'CA') {
    const compact = trimmed.replace(/\s+/g, '').toUpperCase();
    if (/^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact)) return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  }
  return trimmed;
}

/** Whether a row of a list has anything typed in it (empty rows are ignored, not errors). */
export function hasContent(row: object): boolean {
  return Object.values(row).some((value) =>
    typeof value === 'string' ? value.trim() !== '' : value != null,
  );
}
