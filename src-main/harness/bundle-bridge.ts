// Bundles bridge.ts for the browser when the harness starts, so the page always gets the current
// channel list. Vite (a dev dependency) does it in memory; nothing is written to dist/.
import { build, type Rolldown } from 'vite';
import { resolve } from 'node:path';

export async function bundleBridge(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: { entry: resolve(import.meta.dirname, 'bridge.ts'), formats: ['iife'], name: 'portageBridge' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the bridge did not bundle');
  return chunk.code;
}
