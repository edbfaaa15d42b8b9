// For the renderer benchmark: how long the drafts list takes to show its first rows with many drafts.
// A fresh data folder is seeded through the store (one transaction), the harness serves it, Debian's
// Chromium opens the app, and each run is timed from navigation to the first visible row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { openStore } from '../../../src-main/store';
import { openHarness } from './harness';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const names = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Ouellet',
];

function seed(dataDir: string, count: number): void {
  const store = openStore({ file: join(dataDir, 'portage.sqlite') });
  try {
    store.db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const line = String(1000 + (i % 9000)).padStart(4, '0');
        store.drafts.create('sipTrunkDids', {
          target: { pilotNumber: '6135550100', trunkLabel: 'Bureau principal' },
          customer: { name: `${names[i % names.length]} ${i}`, accountNumber: String(10_000 + i) },
          address: { city: 'Ottawa', province: 'ON', postalCode: 'K1Y 2Z8', country: 'CA' },
          numbers: { toPort: [`613555${line}`, `514555${line}`] },
        });
      }
    })();
  } finally {
    store.close();
  }
}

export async function listShowTimes(options: { drafts: number; runs: number }): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portage-bench-'));
  seed(dataDir, options.drafts);
  const harness = await openHarness({ dataDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const samples: number[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${harness.harness.url}#/drafts`);
      await page.locator('[data-testid="draft-row"]').first().waitFor({ state: 'visible' });
      samples.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return samples;
}
