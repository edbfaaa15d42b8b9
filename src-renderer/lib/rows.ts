// The rows of the service section follow the numbers being ported: one row per number, made when the
// number is added; a row whose number left the list goes only if nothing was typed in it (otherwise it
// stays, flagged, with a button to remove it: nothing typed is dropped silently).
import { normalizeNumber } from '../../src-main/shared/domain/numbers';

/** The rows for `numbers`, or null when the current rows already fit (so opening a draft writes nothing). */
export function syncRows<T extends { number?: string }>(
  current: T[] | undefined,
  numbers: readonly string[],
  make: (number: string) => T,
): T[] | null {
  const rows = current ?? [];
  const byNumber = new Map(rows.map((row) => [normalizeNumber(row.number ?? '') ?? row.number ?? '', row]));
  const kept = rows.filter((row) => {
    const number = normalizeNumber(row.number ?? '');
    if (number && numbers.includes(number)) return true;
    return Object.entries(row).some(
      ([key, value]) => key !== 'number' && typeof value === 'string' && value !== '',
    );
  });
  const added = numbers.filter((n) => !byNumber.has(n)).map(make);
  if (added.length === 0 && kept.length === rows.length) return null;
  return [...kept, ...added];
}

/** Whether a row's number is one of the numbers being ported (a row that is not stays, flagged). */
export function isPortedRow(row: { number?: string }, ported: readonly string[]): boolean {
  const number = normalizeNumber(row.number ?? '');
  return number !== null && ported.includes(number);
}
