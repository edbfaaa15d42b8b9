// Kills an autosaving writer with SIGKILL at random moments, over and over on the same file, and
// checks after each kill that the file is sound and every save the writer reported is there.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src-main/store/index';
import { crashDraftData } from './crash-data';
import { tempStore } from './temp-store';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const writer = join(here, 'crash-writer.ts');
const kills = 32;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the writer, kills it after it has been saving for a random while, returns the lines it printed. */
async function runAndKill(file: string, killBeforeReady: boolean, delayMs: number): Promise<string[]> {
  const child = spawn(tsx, [writer, file], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: tsx runs the script in a child process, and both must die at once.
    detached: true,
    // The same Node as the test (22): better-sqlite3 13 does not load on the machine's Node 20.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
  let stdout = '';
  let stderr = '';
  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => (ready = r));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith('ready\n')) ready();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((r) =>
    child.on('exit', (code, signal) => r(signal ?? code)),
  );
  if (killBeforeReady) await sleep(delayMs);
  else {
    await Promise.race([readyPromise, exited]);
    await sleep(delayMs);
  }
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  const how = await exited;
  if (how !== 'SIGKILL') throw new Error(`writer ended on its own (${String(how)}): ${stderr}`);
  // Only complete lines count: a line cut by the kill was never reported.
  return stdout.split('\n').slice(0, -1);
}

const t = tempStore();
t.store.close();
afterAll(() => t.cleanup());

describe('crash safety', () => {
  it(`survives ${kills} SIGKILLs mid-autosave without losing a reported save`, async () => {
    const reported = new Map<string, number>();
    let totalSaves = 0;
    for (let round = 0; round < kills; round++) {
      // Most kills land while saving; one in five lands during start-up (opening, migrating).
      const early = round % 5 === 4;
      const lines = await runAndKill(t.file, early, early ? Math.random() * 600 : Math.random() * 250);
      for (const line of lines) {
        const match = /^saved (\S+) (\d+)$/.exec(line);
        if (!match) continue;
        const [, id = '', revision = '0'] = match;
        reported.set(id, Math.max(reported.get(id) ?? 0, Number(revision)));
        totalSaves++;
      }

      const store = openStore({ file: t.file });
      try {
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(store.db.pragma('foreign_key_check')).toEqual([]);
        for (const [id, revision] of reported) {
          const draft = store.drafts.get(id);
          // Every reported save is there (later ones may have committed before a kill cut their line),
          // and the stored data is exactly what the writer saved as the stored revision.
          expect(draft.revision).toBeGreaterThanOrEqual(revision);
          const source = (r: number) => (r === 1 ? 'new' : id);
          expect(draft.data).toEqual(crashDraftData(source(draft.revision), draft.revision));
          // Each kept history point holds exactly what was saved as that revision.
          const points = store.db
            .prepare<[string], { revision: number; data: string }>(
              'SELECT r.revision, r.data FROM draft_revisions r JOIN drafts d ON d.seq = r.draft_seq WHERE d.id = ?',
            )
            .all(id);
          for (const point of points) {
            expect(JSON.parse(point.data)).toEqual(crashDraftData(source(point.revision), point.revision));
          }
        }
      } finally {
        store.close();
      }
    }
    // The test means something only if the writer got to save between kills.
    expect(totalSaves).toBeGreaterThan(kills * 5);
  });
});
