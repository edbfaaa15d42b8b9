// `npm run build`: the main, preload and renderer bundles into dist/, with Vite's programmatic API.
// The main bundle gets the documents' fonts beside it (dist/main/fonts): the packaged app ships dist/ but
// not the devDependency they come from (src-main/paperwork/fonts.ts reads them there).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { mainConfig, preloadConfig, rendererConfig } from '../electron.config';
import { fontFiles } from '../src-main/paperwork/fonts';

const only = process.argv.slice(2);
const targets = [
  ['main', mainConfig],
  ['preload', preloadConfig],
  ['renderer', rendererConfig],
] as const;

for (const [name, config] of targets) {
  if (only.length > 0 && !only.includes(name)) continue;
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
