// Checking a spreadsheet of numbers row by row, with the mapping the dealer confirmed: which rows hold a
// number that can be imported, and what is wrong with the others. Pure, so the main process's worker
// thread runs it on 5,000 rows without holding up the window, and the unit tests run it as is.
// Numbers in another active request and prefixes missing from the portable list need the database and
// the carrier lists: the main process adds those (src-main/intake/intake-service.ts).
import { kindAcceptsTollFree, type DraftKind } from '../catalogue';
import type { MessageKey, MessageParams } from '../messages';
import { isTollFree, normalizeNumber, numberProblem } from '../numbers';
import { detailCap, fieldsForKind, type DetailField, type IntakeField } from './fields';
import type { IntakeMapping } from './guess-columns';

/** What can be wrong with a row. The first four keep the row out; the others are said and imported. */
export type RowProblem =
  | { kind: 'invalid'; key: MessageKey; params: MessageParams }
  | { kind: 'noNumber' }
  | { kind: 'duplicate'; firstRow: number }
  | { kind: 'alreadyInRequest' }
  | { kind: 'tollFreeNotOffered' }
  | { kind: 'detailTooLong'; field: DetailField; max: number }
  | { kind: 'otherRequest'; requests: { id: string; title: string }[] }
  | { kind: 'notPortable'; prefix: number };

export type RowProblemKind = RowProblem['kind'];

const blocking: ReadonlySet<RowProblemKind> = new Set([
  'invalid',
  'noNumber',
  'duplicate',
  'alreadyInRequest',
  'tollFreeNotOffered',
]);

/** Whether a problem keeps the row out of the request. */
export function keepsRowOut(problem: RowProblem): boolean {
  return blocking.has(problem.kind);
}

export interface CheckedRow {
  /** The row's number in the file as a spreadsheet shows it (1 is the first line, header included). */
  row: number;
  /** The number's cell as the file holds it. */
  input: string;
  /** The 10-digit number, or null when the cell holds none. */
  number: string | null;
  tollFree: boolean;
  /** The details of the number's row, each within its cap (a longer one is left out, and said). */
  details: Partial<Record<DetailField, string>>;
  problems: RowProblem[];
}

/** A row with no text in any cell: a spreadsheet's blank line, neither imported nor reported. */
function blank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The columns each field comes from, among the fields this kind takes (a field from its first column). */
function columnsOf(mapping: IntakeMapping, kind: DraftKind): Map<IntakeField, number> {
  const offered = fieldsForKind(kind);
  const columns = new Map<IntakeField, number>();
  mapping.columns.forEach((field, column) => {
    if (field !== null && offered.includes(field) && !columns.has(field)) columns.set(field, column);
  });
  return columns;
}

function detailsOf(
  cells: readonly string[],
  columns: Map<IntakeField, number>,
  kind: DraftKind,
  problems: RowProblem[],
): Partial<Record<DetailField, string>> {
  const details: Partial<Record<DetailField, string>> = {};
  for (const [field, column] of columns) {
    if (field === 'number') continue;
    const value = cells[column]?.trim() ?? '';
    if (value === '') continue;
    const max = detailCap(kind, field);
    if (value.length > max) problems.push({ kind: 'detailTooLong', field, max });
    else details[field] = value;
  }
  return details;
}

/**
 * Checks every row of `rows` (the file's cells as text) under `mapping`, for a request of `kind` that
 * already holds `existing` numbers to port. Rows come back in file order, blank rows left out.
 */
export function checkRows(
  rows: readonly (readonly string[])[],
  mapping: IntakeMapping,
  kind: DraftKind,
  existing: readonly string[] = [],
): CheckedRow[] {
  const columns = columnsOf(mapping, kind);
  const numberColumn = columns.get('number');
  const inRequest = new Set(existing.map((entry) => normalizeNumber(entry)).filter((n) => n !== null));
  const firstRowOf = new Map<string, number>();
  const tollFreeAccepted = kindAcceptsTollFree(kind);
  const checked: CheckedRow[] = [];
  rows.forEach((cells, index) => {
    if ((index === 0 && mapping.hasHeader) || blank(cells)) return;
    const row = index + 1;
    const input = numberColumn === undefined ? '' : (cells[numberColumn]?.trim() ?? '');
    const problems: RowProblem[] = [];
    const number = input === '' ? null : normalizeNumber(input);
    if (input === '') problems.push({ kind: 'noNumber' });
    else if (number === null) {
      const problem = numberProblem(input);
      if (problem) problems.push({ kind: 'invalid', key: problem.key, params: problem.params });
    }
    const tollFree = number !== null && isTollFree(number);
    if (number !== null) {
      const first = firstRowOf.get(number);
      if (first !== undefined) problems.push({ kind: 'duplicate', firstRow: first });
      else firstRowOf.set(number, row);
      if (inRequest.has(number)) problems.push({ kind: 'alreadyInRequest' });
      if (tollFree && !tollFreeAccepted) problems.push({ kind: 'tollFreeNotOffered' });
    }
    const details = detailsOf(cells, columns, kind, problems);
    checked.push({ row, input, number, tollFree, details, problems });
  });
  return checked;
}

/** Whether a checked row goes into the request. */
export function importable(row: CheckedRow): row is CheckedRow & { number: string } {
  return row.number !== null && !row.problems.some(keepsRowOut);
}
