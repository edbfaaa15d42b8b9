// The built Electron shell under test: dist/main/main.js, dist/preload/preload.cjs and the renderer.
// Built with scripts/build.ts when missing or older than the sources (like test/unit/security's
// ensureBuilt, plus a freshness check, so the test never runs yesterday's bundle).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const mainBundlePath = join(repoRoot, 'dist/main/main.js');
export const preloadBundlePath = join(repoRoot, 'dist/preload/preload.cjs');
export const rendererIndexPath = join(repoRoot, 'dist/renderer/index.html');

function newestModification(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

const modifiedAt = (path: string): number => (existsSync(path) ? statSync(path).mtimeMs : -1);

export function ensureFreshBuild(): void {
  const sourcesChangedAt = Math.max(
    newestModification(join(repoRoot, 'src-main')),
    newestModification(join(repoRoot, 'electron.config.ts')),
  );
  const targets: string[] = [];
  if (modifiedAt(mainBundlePath) < sourcesChangedAt) targets.push('main');
  if (modifiedAt(preloadBundlePath) < sourcesChangedAt) targets.push('preload');
  // The renderer is only served here, never inspected: built when missing.
  if (!existsSync(rendererIndexPath)) targets.push('renderer');
  if (targets.length === 0) return;
  execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build.ts', ...targets], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
