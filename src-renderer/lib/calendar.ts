// Calendar arithmetic on plain dates ("YYYY-MM-DD"), in UTC so no local time zone shifts a day.

export function isoOf(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

export function parseIso(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) return null;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

export function addDays(iso: string, days: number): string {
  const parts = parseIso(iso);
  if (!parts) return iso;
  return isoOf(parts.year, parts.month, parts.day + days);
}

export function isWeekend(iso: string): boolean {
  const parts = parseIso(iso);
  if (!parts) return false;
  const weekday = new Date(Date.UTC(parts.year, parts.month, parts.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export { todayEastern } from '../../src-main/shared/domain/eastern-date';

/** The weeks of a month as rows of ISO dates (null outside the month), weeks starting on Sunday. */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(first).fill(null)];
  for (let day = 1; day <= days; day++) cells.push(isoOf(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
