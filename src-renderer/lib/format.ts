// Numbers, dates and postal codes the way each locale writes them, through Intl.
import type { Locale } from './api-types';

/** Ten NANP digits from whatever the dealer typed, or null. */
export function tenDigits(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return null;
}

/**
 * A telephone number as each locale writes it: "(613) 555-0123" in English Canada,
 * "613 555-0123" in Quebec French (Office québécois de la langue française style).
 */
export function formatPhone(value: string | number, locale: Locale): string {
  const digits = tenDigits(String(value));
  if (!digits) return String(value);
  const [area, exchange, line] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  return locale === 'fr-CA' ? `${area} ${exchange}-${line}` : `(${area}) ${exchange}-${line}`;
}

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A calendar date "YYYY-MM-DD" (no time zone: the date the dealer chose) in long form. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatShortDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** "2 s ago" / "il y a 2 s" and so on, for ages shown beside saves and cached lists. */
export function formatAge(iso: string, now: number, locale: Locale): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now) / 1000);
  // "short" rather than "narrow": narrow French drops "il y a" and prints "-2 s".
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' });
  const abs = Math.abs(seconds);
  if (abs < 60) return format.format(seconds <= 0 ? -Math.max(1, abs) : abs, 'second');
  if (abs < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** "K1A 0B1" for Canada, "12345" or "12345-6789" for the US; anything else is left as typed. */
export function formatPostalCode(value: string, country: string | undefined): string {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if ((country ?? 'CA') === 'CA' && /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact)) {
    return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  }
  if (country === 'US' && /^\d{9}$/.test(compact)) return `${compact.slice(0, 5)}-${compact.slice(5)}`;
  return value;
}

export function formatFileSize(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

/** A file's size in kilobytes or megabytes, in the dealer's language ("1.2 MB", "1,2 Mo"). */
export function formatBytes(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  const value = megabytes ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(value);
}
