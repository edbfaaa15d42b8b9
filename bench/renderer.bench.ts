// The renderer's weight and speed:
// - the JavaScript loaded at start (the entry chunk and its modulepreloads), gzipped with zlib;
// - the time to show the drafts list's first rows in the browser harness, measured inside the page from
//   its navigation start, with 10 drafts and with 10,000 (fresh data folders seeded through the store).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { rendererConfig } from '../electron.config';
import type { BenchSuite, Figure } from './run';
import { listShowTimes } from './drafts-list-timing';
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
    // The same timing over 10 drafts and over 10,000: the first is what any page costs to open and start
    // the app; the difference is the list's own cost.
    const times = await listShowTimes({ draftCounts: [10, 10_000], runs: 9 });
    const few = times.get(10) ?? [];
    const many = times.get(10_000) ?? [];
    figures.push(
      { name: 'drafts list first rows, 10 drafts (median)', value: median(few), unit: 'ms' },
      {
        name: 'drafts list first rows, 10k drafts (median)',
        value: median(many),
        unit: 'ms',
        target: '≤ 500 ms',
      },
      { name: 'drafts list first rows, 10k drafts (max)', value: Math.max(...many), unit: 'ms' },
      {
        name: 'drafts list own cost, 10k minus 10 drafts (median)',
        value: median(many) - median(few),
        unit: 'ms',
      },
    );
    return figures;
  },
};

export default suite;
