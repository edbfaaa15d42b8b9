// Checkpoints away from the main process. Copying the WAL into the database (and the two fsyncs that go
// with it) took 30 ms typically and up to 200 ms on a busy disk, on the main thread, between the slices of
// a long import or purge: a frozen window each time. Here a worker thread of its own does it, on its own
// connection (checkpoint-worker.ts), started on the first request. Requests made while one runs become
// one more run after it, never a queue. If the worker cannot start, checkpoints run here, as before.
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { workerEntry } from './worker-entry';

export type CheckpointRequest = 'checkpoint' | 'close';

export interface CheckpointWorkerData {
  file: string;
  keyPragmas: string[];
  /** One Int32, set to 1 once the worker's connection is closed. */
  closed: SharedArrayBuffer;
}

export interface Checkpointer {
  /** A checkpoint as soon as the worker is free; returns at once. */
  soon(): void;
  /** Closes the worker's connection (waiting at most a second for it) before the app's closes. */
  close(): void;
}

/** How long close waits for the worker's connection to close: it is doing at most one checkpoint. */
const closeWaitMs = 1000;

/** A PASSIVE checkpoint on the calling thread (the fallback), never inside a transaction. */
export function checkpointHere(db: Database): void {
  try {
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing disk: the next write reports it; the next request tries again.
  }
}

export function createCheckpointer(options: {
  db: Database;
  file: string;
  keyPragmas: string[];
}): Checkpointer {
  let worker: Worker | null = null;
  let failed = false;
  let running = false;
  let wanted = false;
  const closed = new SharedArrayBuffer(4);

  function started(): Worker | null {
    if (worker || failed) return worker;
    try {
      const { url, execArgv } = workerEntry(import.meta.url, 'checkpoint-worker.ts', 'checkpoint-worker.cjs');
      const data: CheckpointWorkerData = { file: options.file, keyPragmas: options.keyPragmas, closed };
      const created = new Worker(url, { workerData: data, ...(execArgv ? { execArgv } : {}) });
      created.on('message', () => {
        running = false;
        if (wanted) request();
        else created.unref();
      });
      created.on('error', () => fallBack());
      created.on('exit', () => {
        if (worker === created) fallBack();
      });
      // Idle, it keeps nothing alive; with a checkpoint in flight it does (request).
      created.unref();
      worker = created;
    } catch {
      fallBack();
    }
    return worker;
  }

  function fallBack(): void {
    failed = true;
    worker = null;
    running = false;
  }

  function request(): void {
    wanted = false;
    const target = started();
    if (!target) {
      checkpointHere(options.db);
      return;
    }
    running = true;
    target.ref();
    target.postMessage('checkpoint' satisfies CheckpointRequest);
  }

  return {
    soon() {
      if (running) wanted = true;
      else request();
    },
    close() {
      const current = worker;
      worker = null;
      failed = true;
      if (!current) return;
      current.postMessage('close' satisfies CheckpointRequest);
      Atomics.wait(new Int32Array(closed), 0, 0, closeWaitMs);
      void current.terminate();
    },
  };
}
