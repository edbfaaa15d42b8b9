// What the import of numbers from a spreadsheet shows the dealer, step by step: the file's first rows
// with the guessed columns (the mapping step), the report row by row, and the request or requests that
// came of it. Plain shapes shared by the main process, the IPC contract and the renderer.
import type { DraftDetail } from '../draft-views';
import type { RowProblem, RowProblemKind } from './check-rows';
import type { IntakeField } from './fields';
import type { IntakeMapping } from './guess-columns';

/** The first rows of a file shown in the mapping step. */
export const previewRowCount = 8;
/** Columns of a file kept at most: a list of numbers has a handful. */
export const maxColumns = 50;
/** Rows with a problem listed in a report; past that the report counts them. */
export const reportRowLimit = 1_000;

export interface IntakePreview {
  /** Names the file the main process holds for the next steps; the renderer never has the file. */
  importId: string;
  draftId: string;
  fileName: string;
  /** Rows in the file, blank ones and the header included. */
  rowCount: number;
  columnCount: number;
  firstRows: string[][];
  mapping: IntakeMapping;
  /** The fields this kind of request takes, the number first. */
  fields: IntakeField[];
}

export interface IntakeReportRow {
  row: number;
  input: string;
  number: string | null;
  tollFree: boolean;
  problems: RowProblem[];
}

export interface IntakeReport {
  importId: string;
  /** Rows checked: every non-blank row below the header. */
  checked: number;
  /** Rows whose number will be added. */
  importable: number;
  regular: number;
  tollFree: number;
  /** Rows with each kind of problem (a row may have several). */
  counts: Record<RowProblemKind, number>;
  /** The rows with a problem, in file order, at most reportRowLimit. */
  rows: IntakeReportRow[];
  /** Rows with a problem past the ones listed. */
  unlisted: number;
  /** The numbers will make two requests: this one keeps the regular numbers, a new one takes the toll-free. */
  split: boolean;
  /** More numbers of one nature than one request holds (with the ones it has already): nothing can be added. */
  tooMany: { nature: 'regular' | 'tollFree'; count: number; max: number } | null;
}

export type IntakeResult =
  | { outcome: 'one'; added: number; draft: DraftDetail }
  | { outcome: 'split'; added: number; regular: DraftDetail; tollFree: DraftDetail };

export function emptyProblemCounts(): Record<RowProblemKind, number> {
  return {
    invalid: 0,
    noNumber: 0,
    duplicate: 0,
    alreadyInRequest: 0,
    tollFreeNotOffered: 0,
    detailTooLong: 0,
    otherRequest: 0,
    notPortable: 0,
  };
}
