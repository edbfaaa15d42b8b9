// The checkpoint worker thread: copies the WAL into the database file (PASSIVE: it never waits on the
// app's connection, which keeps writing meanwhile) on its own connection, so the copy and its fsyncs,
// tens of milliseconds each on a busy disk, never hold up the main process. Asked by checkpointer.ts;
// built as dist/main/checkpoint-worker.cjs (electron.config.ts), from source through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckpointRequest, CheckpointWorkerData } from './checkpointer';

const { file, keyPragmas, closed } = workerData as CheckpointWorkerData;
let db: Database.Database | null = null;

function connection(): Database.Database {
  if (db) return db;
  const opened = new Database(file, { fileMustExist: true });
  for (const pragma of keyPragmas) opened.pragma(pragma);
  db = opened;
  return opened;
}

parentPort?.on('message', (request: CheckpointRequest) => {
  if (request === 'close') {
    db?.close();
    db = null;
    // The app's close waits on this before it closes its own connection (checkpointer.ts).
    const flag = new Int32Array(closed);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    parentPort?.close();
    return;
  }
  let ok = true;
  try {
    connection().pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing disk: the next request tries again; the app's own writes report a failing disk.
    ok = false;
  }
  parentPort?.postMessage(ok);
});
