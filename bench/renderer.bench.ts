// The renderer's weight and speed:
// - the JavaScript loaded at start (the entry chunk and its modulepreloads), gzipped with zlib;
// - the time to show the drafts list with 10,000 drafts in the browser harness: a fresh data dir
//   seeded with 10,000 drafts, Chromium launched, the page opened, timed until the first rows show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { rendererConfig } from '../electron.config';
import type { BenchSuite, Figure } from './run';
import { listShowTimes } from '../test/e2e/support/list-timing';
import { median } from './stats';

const distDir = join(import.meta.dirname, '..', 'dist', 'renderer');

/** The script and modulepreload files index.html loads before the app can start. */
function initialScripts(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) if (match[1]) files.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    if (match[1]) files.add(match[1]);
  return [...files];
}

const suite: BenchSuite = {
  title: 'Renderer',
  async run(): Promise<Figure[]> {
    await build(rendererConfig);
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const scripts = initialScripts(html);
    let raw = 0;
    let gzipped = 0;
    for (const script of scripts) {
      const bytes = readFileSync(join(distDir, script));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    const figures: Figure[] = [
      { name: 'renderer initial JS (gzip)', value: gzipped / 1024, unit: 'KB', target: '≤ 200 KB' },
      { name: 'renderer initial JS (raw)', value: raw / 1024, unit: 'KB' },
    ];
    const samples = await listShowTimes({ drafts: 10_000, runs: 7 });
    figures.push({
      name: 'drafts list first rows, 10k drafts (median)',
      value: median(samples),
      unit: 'ms',
      target: '≤ 500 ms',
    });
    figures.push({
      name: 'drafts list first rows, 10k drafts (max)',
      value: Math.max(...samples),
      unit: 'ms',
    });
    return figures;
  },
};

export default suite;
