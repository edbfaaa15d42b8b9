// Numbers from a spreadsheet: reading and checking a 5,000-row XLSX through the intake service as the
// app runs it (the worker thread reads and checks, the main process adds the store's checks on a real
// SQLite file), and how long the main process's event loop was held up meanwhile.
// Printed, never asserted (bench/run.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntakeService } from '../src-main/intake/intake-service';
import { createIntakeWorker } from '../src-main/intake/worker-client';
import { openStore } from '../src-main/store/index';
import { numberSheet, xlsxOf } from '../test/support/number-sheets';
import type { BenchSuite, Figure } from './run';
import { median, timeEachAsync } from './stats';

const runs = 7;

async function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portage-bench-intake-'));
  const store = openStore({ file: join(dir, 'portage.db') });
  const worker = createIntakeWorker();
  try {
    const intake = createIntakeService({
      store,
      worker,
      portablePrefixes: () => [514555, 800555],
      locale: () => 'fr-CA',
    });
    // 5,000 rows: 4,500 regular, 480 toll-free, 10 invalid, 10 repeated.
    const sheet = numberSheet({
      regular: 4_500,
      tollFree: 480,
      invalid: 10,
      duplicates: 10,
      language: 'fr-CA',
    });
    const bytes = await xlsxOf(sheet.rows);
    const { id } = store.drafts.create('sipTrunkDids', { customer: { name: 'Banc d’essai' } });
    // The worker's first start (and tsx's loader from source) is not part of an import's time.
    await intake.check((await intake.open(id, { name: 'warm-up.xlsx', content: bytes })).importId, {
      hasHeader: true,
      columns: ['number', 'label'],
    });

    let maxLag = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxLag = Math.max(maxLag, now - last - 1);
      last = now;
    }, 1);
    const samples = await timeEachAsync(runs, async () => {
      const preview = await intake.open(id, { name: 'numeros.xlsx', content: bytes });
      const report = await intake.check(preview.importId, preview.mapping);
      if (report.checked !== 5_000) throw new Error(`checked ${report.checked} rows, not 5,000`);
      intake.close(preview.importId);
    });
    clearInterval(ticker);
    return [
      {
        name: 'intake.rows5000Ms',
        value: median(samples),
        unit: 'ms (median, XLSX read and every row checked)',
      },
      { name: 'intake.mainLoopMaxLagMs', value: maxLag, unit: 'ms (longest main-process stall meanwhile)' },
    ];
  } finally {
    await worker.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = { title: 'Numbers from a spreadsheet', run };
export default suite;
