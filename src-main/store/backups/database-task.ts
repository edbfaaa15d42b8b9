// Work on a whole database file that must not hold up the main process: making a backup (VACUUM INTO from
// a connection of its own) and checking a file (quick_check). better-sqlite3 is synchronous, so on the
// main thread either would freeze every window for as long as it takes; each task runs in a worker thread
// instead (database-worker.ts), on its own read-only connection (WAL lets it read while the app writes).
// If a worker cannot start (a packaging that hides its file or the driver from worker threads), the same
// task runs on the main thread: a pause is better than no backup. The answer says where it ran.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { runTask, type DatabaseTask, type TaskAnswer } from './database-task-body';

export type { DatabaseTask, TaskAnswer, TaskProblem } from './database-task-body';

function runInWorker(task: DatabaseTask): Promise<TaskAnswer> {
  const { url, execArgv } = workerEntry(import.meta.url, 'database-worker.ts', 'database-worker.cjs');
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: TaskAnswer): void => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    const worker = new Worker(url, { workerData: task, ...(execArgv ? { execArgv } : {}) });
    worker.once('message', (answer: TaskAnswer) => settle(answer));
    // A worker that cannot even start (or load the driver) is a driver problem: the task then runs here.
    worker.once('error', () => settle({ ok: false, problem: 'driver', code: 'worker', ranOn: 'worker' }));
    worker.once('exit', () => settle({ ok: false, problem: 'failed', code: 'exit', ranOn: 'worker' }));
  });
}

/** Runs the task in a worker thread (on the main thread only when a worker cannot start). */
export async function runDatabaseTask(task: DatabaseTask): Promise<TaskAnswer> {
  const answer = await runInWorker(task);
  return !answer.ok && answer.problem === 'driver' ? runTask(task, 'main') : answer;
}

/** The same task on the calling thread: only where nothing else is running yet (before a window exists). */
export function runDatabaseTaskHere(task: DatabaseTask): TaskAnswer {
  return runTask(task, 'main');
}
