// `npm run bench`: runs every `bench/*.bench.ts` and prints its figures.
// `npm run bench -- --json` also prints one JSON object of all named figures on its last line.
// `npm run bench -- store` runs only the suites whose file name contains "store".
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One named figure; `target` is the issue's goal, printed beside it for the reader, never asserted. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export interface BenchSuite {
  title: string;
  run: () => Promise<Figure[]>;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();

const all: Record<string, number> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: BenchSuite };
  console.log(`\n== ${mod.default.title} (${file})`);
  const figures = await mod.default.run();
  for (const f of figures) {
    all[f.name] = Number(f.value.toFixed(3));
    console.log(
      `  ${f.name.padEnd(48)} ${f.value.toFixed(3).padStart(12)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`,
    );
  }
}
if (json) console.log(JSON.stringify(all));
