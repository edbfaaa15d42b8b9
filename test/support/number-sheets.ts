// Spreadsheets of numbers made in the test, never committed as binaries: the rows a dealer's customer
// sends (a header, a number and a label per row), with a known mix of regular and toll-free numbers,
// invalid rows and duplicates, and the same rows written as XLSX (write-excel-file) or CSV.
import writeXlsxFile from 'write-excel-file/node';

export interface NumberSheet {
  /** The header row, then one row per number: [number as typed, label]. */
  rows: string[][];
  /** The 10-digit regular numbers the file holds, each once, in file order. */
  regular: string[];
  /** The 10-digit toll-free numbers the file holds, each once, in file order. */
  tollFree: string[];
  /** The rows (as a spreadsheet numbers them, header = 1) holding an invalid number. */
  invalidRows: number[];
  /** The rows repeating a number from a row above. */
  duplicateRows: number[];
}

export interface SheetShape {
  regular: number;
  tollFree: number;
  invalid: number;
  duplicates: number;
  /** The header's words: the dealer's customers write either language. */
  language: 'en-CA' | 'fr-CA';
}

/** Typed as customers type them: dashes, spaces, parentheses, a leading 1. */
function typed(number: string, index: number): string {
  const [a, b, c] = [number.slice(0, 3), number.slice(3, 6), number.slice(6)];
  switch (index % 4) {
    case 0:
      return `${a}-${b}-${c}`;
    case 1:
      return `(${a}) ${b} ${c}`;
    case 2:
      return `1 ${a} ${b} ${c}`;
    default:
      return `${a}${b}${c}`;
  }
}

const invalidEntries = ['555-0199', '613 555 01234 9', 'à confirmer'];

/**
 * A sheet of `regular + tollFree + invalid + duplicates` rows below its header. Regular numbers are
 * 514-555-xxxx and toll-free 1-800-555-xxxx, prefixes in the practice carrier's portable list; invalid
 * rows and duplicates are spread through the file, not bunched at the end.
 */
export function numberSheet(shape: SheetShape): NumberSheet {
  const regular = Array.from(
    { length: shape.regular },
    (_, i) => `514555${String(1000 + i).padStart(4, '0')}`,
  );
  const tollFree = Array.from(
    { length: shape.tollFree },
    (_, i) => `800555${String(2000 + i).padStart(4, '0')}`,
  );
  const body: string[][] = [];
  // Toll-free numbers interleaved among the regular ones, as a customer's inventory lists them.
  const all = [...regular];
  tollFree.forEach((number, i) => all.splice(Math.min(all.length, (i + 1) * 5), 0, number));
  all.forEach((number, i) => body.push([typed(number, i), `Poste ${i + 1} – réception`]));
  const invalidRows: number[] = [];
  const duplicateRows: number[] = [];
  const step = Math.max(1, Math.floor(body.length / (shape.invalid + shape.duplicates + 1)));
  let at = step;
  for (let i = 0; i < shape.invalid; i += 1, at += step) {
    body.splice(at, 0, [invalidEntries[i % invalidEntries.length] ?? 'x', 'Invalide']);
  }
  for (let i = 0; i < shape.duplicates; i += 1, at += step) {
    const repeated = regular[i] ?? '';
    body.splice(at, 0, [typed(repeated, i + 1), 'Doublon']);
  }
  // Row numbers as the spreadsheet shows them: the header is row 1.
  body.forEach((cells, index) => {
    if (cells[1] === 'Invalide') invalidRows.push(index + 2);
    if (cells[1] === 'Doublon') duplicateRows.push(index + 2);
  });
  const header =
    shape.language === 'fr-CA' ? ['Numéro de téléphone', 'Étiquette'] : ['Phone number', 'Label'];
  return { rows: [header, ...body], regular, tollFree, invalidRows, duplicateRows };
}

/** The sheet as an .xlsx file's bytes. */
export async function xlsxOf(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const data = rows.map((cells) => cells.map((value) => ({ value, type: String })));
  const buffer = await writeXlsxFile(data).toBuffer();
  return new Uint8Array(buffer);
}

/** The sheet as CSV (comma-separated, quoted where needed). */
export function csvOf(rows: readonly (readonly string[])[]): Uint8Array {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new TextEncoder().encode(rows.map((cells) => cells.map(quote).join(',')).join('\r\n'));
}
