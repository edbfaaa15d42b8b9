// `npm run build`: the main, preload and renderer bundles into dist/, with Vite's programmatic API.
// The main bundle gets the documents' fonts beside it (dist/main/fonts): the packaged app ships dist/ but
// not the devDependency they come from (src-main/paperwork/fonts.ts reads them there).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import {
  checkpointWorkerConfig,
  databaseWorkerConfig,
  intakeWorkerConfig,
  mainConfig,
  preloadConfig,
  rendererConfig,
} from '../electron.config';
import { fontFiles } from '../src-main/paperwork/fonts';

const only = process.argv.slice(2);
// [what is printed, the name `npm run build -- <name>` selects it by, its configuration]
const targets = [
  ['main', 'main', mainConfig],
  // After main: the main build empties dist/main, where the workers' bundles go too.
  ['intake worker', 'main', intakeWorkerConfig],
  ['database worker', 'main', databaseWorkerConfig],
  ['checkpoint worker', 'main', checkpointWorkerConfig],
  ['preload', 'preload', preloadConfig],
  ['renderer', 'renderer', rendererConfig],
] as const;

for (const [name, group, config] of targets) {
  if (only.length > 0 && !only.includes(group)) continue;
  const started = Date.now();
  await build(config);
  if (name === 'main') copyFonts(join('dist', 'main', 'fonts'));
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function copyFonts(into: string): void {
  const fontPackage = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  mkdirSync(into, { recursive: true });
  for (const file of Object.values(fontFiles)) copyFileSync(join(fontPackage, 'ttf', file), join(into, file));
}
