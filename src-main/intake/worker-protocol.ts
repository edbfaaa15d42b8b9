// The messages between the main process and the intake worker thread (parse-worker.ts). The worker keeps
// each file's table, so a check with a corrected mapping sends only the mapping across, not the rows.
import type { DraftKind } from '../shared/domain/catalogue';
import type { CheckedRow } from '../shared/domain/intake/check-rows';
import type { IntakeMapping } from '../shared/domain/intake/guess-columns';
import type { TableProblem } from './read-table';

export type WorkerRequest =
  | { op: 'read'; tableId: string; name: string; bytes: Uint8Array; kind: DraftKind; previewRows: number }
  | { op: 'check'; tableId: string; mapping: IntakeMapping; kind: DraftKind; existing: string[] }
  | { op: 'forget'; tableId: string };

export type ReadAnswer =
  | {
      ok: true;
      rowCount: number;
      columnCount: number;
      firstRows: string[][];
      mapping: IntakeMapping;
    }
  | { ok: false; problem: TableProblem };

/** A check of a table the worker no longer holds (forgotten, or the worker started again). */
export type CheckAnswer = { ok: true; rows: CheckedRow[] } | { ok: false; problem: 'gone' };

export interface WorkerEnvelope {
  id: number;
  request: WorkerRequest;
}

export type WorkerReply =
  | { id: number; ok: true; value: ReadAnswer | CheckAnswer | null }
  | { id: number; ok: false; message: string };
