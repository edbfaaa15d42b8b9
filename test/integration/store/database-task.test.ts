// Where a backup is made, in every way Portage's code runs: under tsx (the browser harness and the
// benchmarks), and from the built worker bundle (the packaged app). A worker that cannot start falls back
// to the main thread, which works but freezes every window for the length of the copy; so the answer's
// `ranOn` is what these tests hold. Under tsx it once said "main": tsx names every function with a helper
// of its own, and the worker's program was a function's source text that called that missing helper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFreshBuild, repoRoot } from '../electron-main/built-app';

const here = import.meta.dirname;
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
// Node 22 first on the PATH, as npm scripts have it (better-sqlite3 needs it).
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };

let dir = '';
let source = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portage-database-task-'));
  source = join(dir, 'portage.sqlite');
  const db = new Database(source);
  db.exec("CREATE TABLE drafts (name TEXT); INSERT INTO drafts VALUES ('Dépanneur Tremblay')");
  db.pragma('user_version = 7');
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const namesIn = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM drafts').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('a backup is made in a worker thread', () => {
  it('under tsx, as the browser harness and the benchmarks run', () => {
    const target = join(dir, 'backup.sqlite');
    const printed = execFileSync(tsx, [join(here, 'database-task-runner.ts'), source, target], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(JSON.parse(printed.trim().split('\n').at(-1) ?? '')).toEqual({
      ok: true,
      userVersion: 7,
      ranOn: 'worker',
    });
    expect(namesIn(target)).toEqual(['Dépanneur Tremblay']);
  });

  it('from the built bundle beside main.js, as the packaged app runs', () => {
    ensureFreshBuild();
    const target = join(dir, 'backup.sqlite');
    const worker = resolve(repoRoot, 'dist/main/database-worker.cjs');
    const script = `
      const { Worker } = require('node:worker_threads');
      const worker = new Worker(${JSON.stringify(worker)}, {
        workerData: { kind: 'backup', source: ${JSON.stringify(source)}, target: ${JSON.stringify(target)}, keyPragmas: [] },
      });
      worker.once('message', (answer) => console.log(JSON.stringify(answer)));
      worker.once('error', (error) => console.log(JSON.stringify({ error: String(error) })));`;
    const printed = execFileSync(process.execPath, ['-e', script], { cwd: repoRoot, env, encoding: 'utf8' });
    expect(JSON.parse(printed.trim())).toEqual({ ok: true, userVersion: 7, ranOn: 'worker' });
    expect(namesIn(target)).toEqual(['Dépanneur Tremblay']);
  });
});
