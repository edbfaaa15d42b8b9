// The work of a database task (see database-task.ts): a backup (VACUUM INTO from a read-only, keyed
// connection of its own, then fsync) and a check (quick_check). Runs in the worker thread; on the main
// thread only when a worker cannot start.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

export type DatabaseTask =
  | { kind: 'backup'; source: string; target: string; keyPragmas: string[] }
  | { kind: 'check'; file: string; keyPragmas: string[] };

/** unreadable: not a database under this key; damaged: quick_check failed; failed: anything else. */
export type TaskProblem = 'unreadable' | 'damaged' | 'failed' | 'driver';

export type RanOn = 'worker' | 'main';

export type TaskAnswer =
  | { ok: true; userVersion: number; ranOn: RanOn }
  | { ok: false; problem: TaskProblem; code: string; ranOn: RanOn };

function openKeyed(file: string, keyPragmas: string[]): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  for (const pragma of keyPragmas) db.pragma(pragma);
  return db;
}

function copyInto(task: Extract<DatabaseTask, { kind: 'backup' }>): void {
  const source = openKeyed(task.source, task.keyPragmas);
  try {
    // From the keyed connection: the copy is encrypted with the same key, and is one consistent snapshot.
    source.prepare('VACUUM INTO ?').run(task.target);
  } finally {
    source.close();
  }
  const fd = openSync(task.target, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function runTask(task: DatabaseTask, ranOn: RanOn): TaskAnswer {
  try {
    if (task.kind === 'backup') copyInto(task);
    const checked = openKeyed(task.kind === 'backup' ? task.target : task.file, task.keyPragmas);
    try {
      const userVersion = Number(checked.pragma('user_version', { simple: true }));
      const result = checked.pragma('quick_check', { simple: true });
      return result === 'ok'
        ? { ok: true, userVersion, ranOn }
        : { ok: false, problem: 'damaged', code: 'quick_check', ranOn };
    } finally {
      checked.close();
    }
  } catch (error) {
    const code = String((error as { code?: unknown } | null)?.code ?? 'error');
    const problem: TaskProblem =
      code === 'SQLITE_NOTADB' ? 'unreadable' : code === 'SQLITE_CORRUPT' ? 'damaged' : 'failed';
    return { ok: false, problem, code, ranOn };
  }
}
