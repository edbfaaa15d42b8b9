// `npm run build`: the main, preload and renderer bundles into dist/, with Vite's programmatic API.
import { build } from 'vite';
import { intakeWorkerConfig, mainConfig, preloadConfig, rendererConfig } from '../electron.config';

const only = process.argv.slice(2);
// [what is printed, the name `npm run build -- <name>` selects it by, its configuration]
const targets = [
  ['main', 'main', mainConfig],
  // After main: the main build empties dist/main, where the worker's bundle goes too.
  ['intake worker', 'main', intakeWorkerConfig],
  ['preload', 'preload', preloadConfig],
  ['renderer', 'renderer', rendererConfig],
] as const;

for (const [name, group, config] of targets) {
  if (only.length > 0 && !only.includes(group)) continue;
  const started = Date.now();
  await build(config);
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
