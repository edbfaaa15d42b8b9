// The paperwork figure: generating a signed three-page letter of authorization (first page and a two-page
// annex of 300 numbers, fonts embedded and subset, a drawn signature), median over runs.
// Printed, never asserted (bench/run.ts).
import { writeSample } from '../test/support/paperwork-sample';
import type { BenchSuite, Figure } from './run';
import { median } from './stats';

const suite: BenchSuite = {
  title: 'Paperwork: the letter of authorization',
  async run(): Promise<Figure[]> {
    const first = await writeSample('letterOfAuthorization', 'fr-CA', 300);
    if (first.pages !== 3) throw new Error(`the sample letter has ${first.pages} pages, not 3`);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await writeSample('letterOfAuthorization', i % 2 === 0 ? 'fr-CA' : 'en-CA', 300);
      times.push(performance.now() - start);
    }
    return [{ name: 'loa.generateMs', value: median(times), unit: 'ms' }];
  },
};

export default suite;
