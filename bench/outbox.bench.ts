// Outbox throughput: 500 finalized drafts drained to the practice carrier with 50 ms of injected latency
// per request and 4 requests in flight. The ideal is 4 / 50 ms = 80 submissions per second; the figure is
// the measured rate as a ratio of it. Peak memory is sampled while draining.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCarrierClient } from '../src-main/carrier/client';
import { catalogue } from '../src-main/shared/domain/catalogue';
import { createOutboxDrafts } from '../src-main/outbox/finalize';
import { createOutboxRepository } from '../src-main/outbox/outbox-repository';
import { createOutboxWorker } from '../src-main/outbox/worker';
import { startPracticeCarrier } from '../src-main/practice-carrier/server';
import { openStore } from '../src-main/store';
import { createReadyDraft, readyContext } from '../test/integration/outbox/harness';
import type { BenchSuite, Figure } from './run';

const drafts = 500;
const latencyMs = 50;
const concurrency = 4;
const ideal = concurrency / (latencyMs / 1_000);

const suite: BenchSuite = {
  title: 'Outbox drain (500 drafts, 50 ms latency, 4 in flight)',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'portage-outbox-bench-'));
    const store = openStore({ file: join(dir, 'portage.db') });
    const practice = await startPracticeCarrier({ statusStepMs: 3_600_000 });
    try {
      const finalizer = createOutboxDrafts({ store, readyContext });
      for (let serial = 0; serial < drafts; serial++) {
        const entry = catalogue[serial % catalogue.length];
        if (!entry) throw new Error('empty catalogue');
        finalizer.finalizeDraft(createReadyDraft(store, entry.id, serial));
      }
      practice.faults.set({ latencyMs });
      const client = createCarrierClient({
        fetchFn: fetch,
        credentials: () => ({ baseUrl: practice.url, username: 'practice', password: 'practice' }),
      });
      const repo = createOutboxRepository(store.db);
      let views = 0;
      const worker = createOutboxWorker({ store, client, concurrency, onChange: () => (views += 1) });

      let peakRss = process.memoryUsage().rss;
      let peakHeap = process.memoryUsage().heapUsed;
      const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      }, 10);

      const start = performance.now();
      worker.start();
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if ((repo.counts().submitted ?? 0) < drafts) return;
          clearInterval(check);
          resolve();
        }, 5);
      });
      const seconds = (performance.now() - start) / 1_000;
      clearInterval(sampler);
      await worker.stop();
      if (practice.ports().length !== drafts)
        throw new Error(`expected ${drafts} ports, got ${practice.ports().length}`);

      const rate = drafts / seconds;
      return [
        { name: 'outbox.drain.submissionsPerSecond', value: rate, unit: '/s', target: `ideal ${ideal}/s` },
        { name: 'outbox.drain.ratioOfIdeal', value: rate / ideal, unit: 'ratio', target: '>= 0.85' },
        { name: 'outbox.drain.seconds', value: seconds, unit: 's' },
        { name: 'outbox.drain.peakRss', value: peakRss / 1024 / 1024, unit: 'MiB' },
        { name: 'outbox.drain.peakHeapUsed', value: peakHeap / 1024 / 1024, unit: 'MiB' },
        { name: 'outbox.drain.outboxViewsEmitted', value: views, unit: 'views' },
      ];
    } finally {
      store.close();
      await practice.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
