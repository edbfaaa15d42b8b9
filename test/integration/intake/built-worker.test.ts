// The intake worker as it ships: dist/main/intake-worker.cjs, the bundle the built main process starts
// (the journeys and the other tests run parse-worker.ts from source). It must load in a plain worker
// thread with nothing beside it and read both kinds of file.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckAnswer, WorkerReply, WorkerRequest } from '../../../src-main/intake/worker-protocol';
import { xlsxOf } from '../../support/number-sheets';
import { repoRoot } from '../../unit/security/built-bundles';

const bundle = join(repoRoot, 'dist/main/intake-worker.cjs');
let worker: Worker;

beforeAll(() => {
  if (!existsSync(bundle)) {
    execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'main'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
  worker = new Worker(pathToFileURL(bundle));
});
afterAll(async () => {
  await worker.terminate();
});

let nextId = 1;
function ask(request: WorkerRequest): Promise<WorkerReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      worker.off('message', onMessage);
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, request });
  });
}

describe('the built intake worker', () => {
  it('reads an XLSX and a CSV, and checks the rows it keeps', async () => {
    const bytes = await xlsxOf([
      ['Numéro de téléphone', 'Étiquette'],
      ['514 555 0101', 'Réception'],
      ['1 800 555 0199', 'Sans frais'],
    ]);
    const read = await ask({
      op: 'read',
      tableId: 'x',
      name: 'n.xlsx',
      bytes,
      kind: 'sipTrunkDids',
      previewRows: 8,
    });
    expect(read).toMatchObject({
      ok: true,
      value: { ok: true, rowCount: 3, mapping: { hasHeader: true, columns: ['number', 'label'] } },
    });
    const checked = await ask({
      op: 'check',
      tableId: 'x',
      mapping: { hasHeader: true, columns: ['number', 'label'] },
      kind: 'sipTrunkDids',
      existing: [],
    });
    const answer = checked.ok ? (checked.value as CheckAnswer) : null;
    expect(answer?.ok ? answer.rows.map((row) => [row.number, row.tollFree]) : answer).toEqual([
      ['5145550101', false],
      ['8005550199', true],
    ]);
    const csv = await ask({
      op: 'read',
      tableId: 'y',
      name: 'n.csv',
      bytes: new TextEncoder().encode('Phone;Label\n613 555 0101;Accueil\n'),
      kind: 'sipTrunkDids',
      previewRows: 8,
    });
    expect(csv).toMatchObject({
      ok: true,
      value: {
        ok: true,
        firstRows: [
          ['Phone', 'Label'],
          ['613 555 0101', 'Accueil'],
        ],
      },
    });
  });
});
