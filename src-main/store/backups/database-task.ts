// Work on a whole database file that must not hold up the main process: making a backup (VACUUM INTO from
// a connection of its own) and checking a file (quick_check). better-sqlite3 is synchronous, so on the
// main thread either would freeze every window for as long as it takes; each task runs in a worker thread
// instead, on its own read-only connection (WAL lets it read while the app keeps writing).
//
// The worker's code is `taskBody` below, passed to the worker as source (`eval`), because the main
// process is one bundle with no second entry file to point a worker at. So taskBody must stay
// self-contained: it reaches modules only through the `load` it is given, never through imports.
// If the worker cannot load the database driver (a packaging that hides it from worker threads), the same
// body runs on the main thread: a pause is better than no backup. The answer says where it ran.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type DatabaseTask =
  | { kind: 'backup'; source: string; target: string; keyPragmas: string[] }
  | { kind: 'check'; file: string; keyPragmas: string[] };

/** unreadable: not a database under this key; damaged: quick_check failed; failed: anything else. */
export type TaskProblem = 'unreadable' | 'damaged' | 'failed' | 'driver';

export type TaskAnswer =
  | { ok: true; userVersion: number; ranOn: 'worker' | 'main' }
  | { ok: false; problem: TaskProblem; code: string; ranOn: 'worker' | 'main' };

interface TaskInput {
  driver: string;
  task: DatabaseTask;
  ranOn: 'worker' | 'main';
}

interface Connection {
  pragma(source: string, options?: { simple: boolean }): unknown;
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
}
type Driver = new (file: string, options: { readonly: boolean; fileMustExist: boolean }) => Connection;
interface FileSync {
  openSync(path: string, flags: string): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
}

/** The worker's whole program (see the header: self-contained). */
function taskBody(load: (id: string) => unknown, input: TaskInput, post: (answer: TaskAnswer) => void): void {
  const { task, ranOn } = input;
  let Database: Driver;
  try {
    Database = load(input.driver) as Driver;
  } catch {
    post({ ok: false, problem: 'driver', code: 'driver', ranOn });
    return;
  }
  const fs = load('node:fs') as FileSync;
  const open = (file: string): Connection => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    for (const pragma of task.keyPragmas) db.pragma(pragma);
    return db;
  };
  try {
    if (task.kind === 'backup') {
      const source = open(task.source);
      try {
        // From the keyed connection: the copy is encrypted with the same key, and is one consistent snapshot.
        source.prepare('VACUUM INTO ?').run(task.target);
      } finally {
        source.close();
      }
      const fd = fs.openSync(task.target, 'r');
      try {
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    const checked = open(task.kind === 'backup' ? task.target : task.file);
    try {
      const userVersion = Number(checked.pragma('user_version', { simple: true }));
      const result = checked.pragma('quick_check', { simple: true });
      post(
        result === 'ok'
          ? { ok: true, userVersion, ranOn }
          : { ok: false, problem: 'damaged', code: 'quick_check', ranOn },
      );
    } finally {
      checked.close();
    }
  } catch (error) {
    const code = String((error as { code?: unknown } | null)?.code ?? 'error');
    const problem: TaskProblem =
      code === 'SQLITE_NOTADB' ? 'unreadable' : code === 'SQLITE_CORRUPT' ? 'damaged' : 'failed';
    post({ ok: false, problem, code, ranOn });
  }
}

const load = createRequire(import.meta.url);
const driver = load.resolve('better-sqlite3');

function runOnMainThread(task: DatabaseTask): TaskAnswer {
  let answer: TaskAnswer = { ok: false, problem: 'failed', code: 'no answer', ranOn: 'main' };
  taskBody(load, { driver, task, ranOn: 'main' }, (posted) => (answer = posted));
  return answer;
}

function runInWorker(task: DatabaseTask): Promise<TaskAnswer> {
  const source = `const threads = require('node:worker_threads');
(${taskBody.toString()})(require, threads.workerData, (answer) => threads.parentPort.postMessage(answer));`;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: TaskAnswer): void => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const input: TaskInput = { driver, task, ranOn: 'worker' };
    const worker = new Worker(source, { eval: true, workerData: input });
    worker.once('message', (answer: TaskAnswer) => settle(answer));
    // A worker that cannot even start is a driver problem: the task then runs here.
    worker.once('error', () => settle({ ok: false, problem: 'driver', code: 'worker', ranOn: 'worker' }));
    worker.once('exit', () => settle({ ok: false, problem: 'failed', code: 'exit', ranOn: 'worker' }));
  });
}

/** Runs the task in a worker thread (on the main thread only when a worker cannot load the driver). */
export async function runDatabaseTask(task: DatabaseTask): Promise<TaskAnswer> {
  const answer = await runInWorker(task);
  return !answer.ok && answer.problem === 'driver' ? runOnMainThread(task) : answer;
}

/** The same task on the calling thread: only where nothing else is running yet (before a window exists). */
export function runDatabaseTaskHere(task: DatabaseTask): TaskAnswer {
  return runOnMainThread(task);
}
