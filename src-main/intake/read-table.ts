// A spreadsheet's bytes as a table of text cells: CSV or TSV with papaparse, XLSX with read-excel-file.
// Runs in the intake worker thread (parse-worker.ts), never on the main process's event loop.
//
// - The format comes from the content, not only the name: an XLSX is a zip ("PK"), whatever its name.
// - Text files: UTF-8 (with or without a byte-order mark); a file that is not valid UTF-8 is read as
//   Windows-1252, what Excel on a French Windows writes when it saves "CSV". The delimiter is guessed
//   (comma, semicolon as French Excel uses, tab, pipe); a .tsv is read with tabs.
// - Every cell becomes text: a number Excel stored as a number (6135550123) reads as its digits.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { maxColumns } from '../shared/domain/intake/views';

/** Rows read at most: far above the 5,000 a big customer's list has, a bound on a mistaken pick. */
export const maxRows = 20_000;

export type TableProblem = 'unreadable' | 'empty' | 'tooManyRows';

export type ReadTableResult = { ok: true; rows: string[][] } | { ok: false; problem: TableProblem };

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Whole numbers as their digits (never 6.13555E+09); others as JavaScript writes them.
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Rows of cells as text, each row cut to maxColumns, trailing blank rows dropped. */
function tidy(rows: readonly (readonly unknown[])[]): string[][] {
  const table = rows.map((row) => row.slice(0, maxColumns).map(cellText));
  while (table.length > 0 && (table.at(-1) ?? []).every((cell) => cell === '')) table.pop();
  return table;
}

function finish(rows: string[][]): ReadTableResult {
  if (rows.length === 0) return { ok: false, problem: 'empty' };
  if (rows.length > maxRows) return { ok: false, problem: 'tooManyRows' };
  return { ok: true, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadTableResult> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheet = await readSheet(buffer);
    return finish(tidy(sheet));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}

const delimiters = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a text table, from its first lines: the one that splits most of them into the same
 * number of fields (more than one). papaparse's own guess counts blank lines, so a short list ending in
 * a newline reads as one column; and blank lines must stay, for the row numbers to be the file's lines.
 */
function guessDelimiter(text: string): string {
  const sample = text.split(/\r\n|\n|\r/, 21).join('\n');
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of delimiters) {
    const rows = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: 'greedy' }).data;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [fields, rowsWithIt] of counts) {
      // Rows that agree first; among equals, the split into more fields.
      const score = fields > 1 ? rowsWithIt * 1_000 + fields : 0;
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
  }
  return best;
}

function readDelimited(bytes: Uint8Array, name: string): ReadTableResult {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  // A binary file that is not a spreadsheet: refuse it rather than show its bytes as cells.
  if (text.includes('\u0000')) return { ok: false, problem: 'unreadable' };
  const parsed = Papa.parse<string[]>(text, {
    delimiter: /\.tsv$/i.test(name) ? '\t' : guessDelimiter(text),
    skipEmptyLines: false,
    preview: maxRows + 1,
  });
  return finish(tidy(parsed.data));
}

export async function readTable(name: string, bytes: Uint8Array): Promise<ReadTableResult> {
  if (isZip(bytes)) return readXlsx(bytes);
  return readDelimited(bytes, name);
}
