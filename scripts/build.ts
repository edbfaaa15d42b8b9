// `npm run build`: the main, preload and renderer bundles into dist/, with Vite's programmatic API.
import { build } from 'vite';
import { mainConfig, preloadConfig, rendererConfig } from '../electron.config';

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
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
