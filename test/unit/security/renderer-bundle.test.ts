// The built renderer (dist/renderer) and PDF.js, which draws the paperwork preview: its worker ships as a
// file of the app's own origin (the CSP allows workers only from 'self'), PDF.js is not loaded before the
// preview opens (nothing the page loads at start imports it, only a dynamic import does), and no
// renderer file evaluates strings as code (the CSP has no 'unsafe-eval').
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './built-bundles';

const rendererDir = join(repoRoot, 'dist/renderer');
const assetsDir = join(rendererDir, 'assets');

beforeAll(() => {
  // `npm test` builds first; on its own this test builds the renderer when it is missing.
  if (existsSync(join(rendererDir, 'index.html'))) return;
  execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build.ts', 'renderer'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}, 120_000);

const read = (file: string): string => readFileSync(join(assetsDir, file), 'utf8');

/** The files a chunk imports statically (`import … from "./x.js"`), not through `import()`. */
function staticImports(source: string): string[] {
  return Array.from(
    source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g),
    (m) => m[1] ?? '',
  );
}

/** Every file the page loads at start: index.html's scripts and preloads, and what they import statically. */
function loadedAtStart(): Set<string> {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const pending = Array.from(html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g), (m) => m[1] ?? '');
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(read(file)));
  }
  return seen;
}

describe('the built renderer and PDF.js', () => {
  it('ships the PDF.js worker as a file of its own', () => {
    const workers = readdirSync(assetsDir).filter((file) => /^pdf\.worker\.min-[\w-]+\.mjs$/.test(file));
    expect(workers).toHaveLength(1);
    expect(read(workers[0] ?? '')).toContain('WorkerMessageHandler');
  });

  it('loads PDF.js only when a preview opens, in a chunk of its own', () => {
    const files = readdirSync(assetsDir).filter((file) => file.endsWith('.js'));
    // A message only PDF.js's own code holds.
    const pdfJs = files.filter((file) => read(file).includes('Invalid `workerSrc` type'));
    expect(pdfJs.length).toBeGreaterThan(0);
    const atStart = loadedAtStart();
    expect(atStart.size).toBeGreaterThan(0);
    for (const file of pdfJs) {
      expect(atStart.has(file), `${file} is loaded at start`).toBe(false);
      // Only reached through import(): no chunk imports it statically, and no view is bundled with it.
      for (const other of files) expect(staticImports(read(other)), other).not.toContain(file);
      expect(
        files.some(
          (other) =>
            read(other).includes(`import(\`./${file}\`)`) || read(other).includes(`import("./${file}")`),
        ),
      ).toBe(true);
      expect(read(file)).not.toContain('data-testid');
    }
  });

  it('has no eval or new Function in any file', () => {
    for (const file of readdirSync(assetsDir).filter((name) => /\.m?js$/.test(name))) {
      expect(read(file), file).not.toMatch(/new Function\s*\(|(?<![.\w$])eval\s*\(/);
    }
  });
});
