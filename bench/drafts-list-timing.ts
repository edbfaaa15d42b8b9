// For the renderer benchmark: how long the drafts list takes to show its first rows.
// A fresh data folder is seeded through the store (one transaction), the harness serves it, Debian's
// Chromium opens the app, and each run is timed inside the page, from its navigation start to the first
// painted row, so the time the browser takes to open a page is not counted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { openStore } from '../src-main/store';
import { openHarness } from '../test/e2e/support/harness';

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

/**
 * Runs inside the page from its first script on: when the first draft row enters the document, marks
 * `drafts-list-first-rows` on the page's own performance timeline once that frame has been painted (a
 * message posted from the frame's animation callback is handled after the paint). Its `startTime` is
 * milliseconds since the page's navigation started, so the browser's own start-up is not in the figure.
 */
function markFirstRows(): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => performance.mark('drafts-list-first-rows');
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="draft-row"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => channel.port2.postMessage(null));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens the list once in a fresh context and returns what the page measured. */
async function timeOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  try {
    await context.addInitScript(markFirstRows);
    const page = await context.newPage();
    await page.goto(`${url}#/drafts`);
    const mark = await page.waitForFunction(() => {
      const entry = performance.getEntriesByName('drafts-list-first-rows')[0];
      return entry ? entry.startTime : false;
    });
    return Number(await mark.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * For each draft count, a data folder seeded with that many drafts and a harness serving it; then the list
 * is opened `runs` times per count, the counts taking turns so that whatever else the machine does weighs
 * on them alike. One unrecorded opening per count first warms the browser and the harness. Returns, per
 * count, each run's time from navigation start to the painted first rows, as the page measured it.
 */
export async function listShowTimes(options: {
  draftCounts: readonly number[];
  runs: number;
}): Promise<Map<number, number[]>> {
  const servers: { count: number; url: string; close: () => Promise<void>; dataDir: string }[] = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const samples = new Map<number, number[]>();
  try {
    for (const count of options.draftCounts) {
      const dataDir = mkdtempSync(join(tmpdir(), 'portage-bench-'));
      seed(dataDir, count);
      const harness = await openHarness({ dataDir });
      servers.push({ count, url: harness.harness.url, close: harness.close, dataDir });
      samples.set(count, []);
    }
    for (const server of servers) await timeOnce(browser, server.url);
    for (let run = 0; run < options.runs; run++) {
      for (const server of servers) samples.get(server.count)?.push(await timeOnce(browser, server.url));
    }
  } finally {
    await browser.close();
    for (const server of servers) {
      await server.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  }
  return samples;
}
