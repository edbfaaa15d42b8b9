// The intake worker thread: reads spreadsheets and checks their rows away from the main process's event
// loop, so a 5,000-row file never freezes the window or the outbox. Built as its own bundle
// (dist/main/intake-worker.cjs, electron.config.ts); from source (tests, the harness) it runs through tsx.
// It keeps the tables it read, a few at most, until the main process forgets them.
import { parentPort } from 'node:worker_threads';
import { checkRows } from '../shared/domain/intake/check-rows';
import { guessMapping } from '../shared/domain/intake/guess-columns';
import { readTable } from './read-table';
import type { CheckAnswer, ReadAnswer, WorkerEnvelope, WorkerReply, WorkerRequest } from './worker-protocol';

/** Tables kept at once: a dealer imports one file at a time; a few cover going back and forth. */
const keptTables = 4;
const tables = new Map<string, string[][]>();

async function answer(request: WorkerRequest): Promise<ReadAnswer | CheckAnswer | null> {
  switch (request.op) {
    case 'read': {
      const result = await readTable(request.name, request.bytes);
      if (!result.ok) return result;
      tables.set(request.tableId, result.rows);
      while (tables.size > keptTables) tables.delete(tables.keys().next().value ?? '');
      return {
        ok: true,
        rowCount: result.rows.length,
        columnCount: result.rows.reduce((most, row) => Math.max(most, row.length), 0),
        firstRows: result.rows.slice(0, request.previewRows),
        mapping: guessMapping(result.rows, request.kind),
      };
    }
    case 'check': {
      const rows = tables.get(request.tableId);
      if (!rows) return { ok: false, problem: 'gone' };
      return { ok: true, rows: checkRows(rows, request.mapping, request.kind, request.existing) };
    }
    case 'forget':
      tables.delete(request.tableId);
      return null;
  }
}

parentPort?.on('message', (envelope: WorkerEnvelope) => {
  answer(envelope.request).then(
    (value) => parentPort?.postMessage({ id: envelope.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: envelope.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
