// The main process's event loop while the real services do their heaviest work. The services are built by
// the composition root (createServices, as the Electron main process and the harness build them), with
// the practice carrier embedded on loopback, and perf_hooks.monitorEventLoopDelay watches the loop while
// they: import a 50 MB export, export 1,000 drafts with attachments, submit a draft with 20 MB of
// attachments to the practice carrier, purge 10,000 drafts from the trash, and search. Every call goes
// through the IPC handlers (or the housekeeping, for the purge), exactly as the app runs them.
// A block is how late the loop's own timer fired: while it is late, every window is frozen.
// Printed, never asserted (bench/run.ts).
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { createServices, type Services } from '../src-main/composition/services';
import { createShiftedClock } from '../src-main/harness/shifted-clock';
import { createStagedDialogs } from '../src-main/harness/staged-dialogs';
import { silentNotifier } from '../src-main/ipc/ports';
import { createNodeCipher } from '../src-main/secrets/node-cipher';
import type { DraftData } from '../src-main/shared/domain/draft';
import { openStore } from '../src-main/store';
import { readyDraftFor } from '../test/unit/domain/fixtures';
import type { BenchSuite, Figure } from './run';
import { typicalDraft } from './store.bench';

const day = 24 * 60 * 60 * 1000;
const mb = 1024 * 1024;

/** A PDF-looking file of `bytes` random bytes (random, so SQLite and the cipher see real work). */
function file(name: string, bytes: number): { name: string; mimeType: string; content: Uint8Array } {
  const content = new Uint8Array(randomBytes(bytes));
  content.set(new TextEncoder().encode('%PDF-1.4\n'));
  return { name, mimeType: 'application/pdf', content };
}

/** A draft holding `files` as its letter of authorization. */
function withLetters(data: DraftData, refs: NonNullable<DraftData['attachments']>['letterOfAuthorization']) {
  return { ...data, attachments: { letterOfAuthorization: refs ?? [] } };
}

/** A `.portage.json` export of about `targetBytes`, made by another computer's store. */
function exportOf(dir: string, targetBytes: number): Uint8Array {
  const store = openStore({ file: join(dir, 'other-computer.sqlite') });
  try {
    const perFile = 200 * 1024;
    const count = Math.ceil(targetBytes / ((perFile * 4) / 3));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const ref = store.attachments.put(file(`lettre-${i}.pdf`, perFile));
      ids.push(store.drafts.create('sipTrunkDids', withLetters(typicalDraft(100_000 + i), [ref])).id);
    }
    return new TextEncoder().encode(JSON.stringify(store.transfer.exportDrafts(ids)));
  } finally {
    store.close();
  }
}

interface Measured {
  histogram: IntervalHistogram;
  ms: number;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `operation` with the loop watched, and adds what was seen to the overall histogram. */
async function watched(operation: () => Promise<unknown>): Promise<Measured> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The monitor's first tick only notes the time: a block before it would go unseen.
  await tick(10);
  const start = performance.now();
  await operation();
  const ms = performance.now() - start;
  // A block that ends the operation is recorded when the loop's timer finally fires: let it.
  await tick(20);
  histogram.disable();
  return { histogram, ms };
}

const blockFigures = (prefix: string, histogram: IntervalHistogram): Figure[] => [
  { name: `${prefix}.maxBlockMs`, value: histogram.max / 1e6, unit: 'ms', target: '≤ 200' },
  { name: `${prefix}.p99BlockMs`, value: histogram.percentile(99) / 1e6, unit: 'ms', target: '≤ 50' },
];

async function untilSubmitted(services: Services, draftId: string): Promise<void> {
  for (;;) {
    const status = services.store.drafts.get(draftId).status;
    if (status !== 'queued') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Everything the operations need, made before the loop is watched. */
function prepare(services: Services, dir: string) {
  const { store } = services;
  // 1. A 50 MB export from another computer.
  const exported = exportOf(dir, 50 * mb);
  // 2. 1,000 drafts with attachments (20 invoices of 100 KB, shared).
  const invoices = Array.from({ length: 20 }, (_, i) =>
    store.attachments.put(file(`facture-${i}.pdf`, 100 * 1024)),
  );
  const toExport = store.db.transaction(() =>
    Array.from({ length: 1_000 }, (_, i) => {
      const ref = invoices[i % invoices.length];
      return store.drafts.create('sipTrunkDids', withLetters(typicalDraft(i), ref ? [ref] : [])).id;
    }),
  )();
  // 3. A ready draft with 20 MB of attachments.
  const ready = readyDraftFor('dids');
  const [loa, invoice] = [file('lettre-signee.pdf', 10 * mb), file('facture.pdf', 10 * mb)].map((f) =>
    store.attachments.put(f),
  );
  const toSubmit = store.drafts.create(ready.kind, {
    ...ready.data,
    // The earliest date the carrier allows, whatever today is.
    schedule: { date: '', time: '' },
    attachments: { letterOfAuthorization: loa ? [loa] : [], lastInvoice: invoice ? [invoice] : [] },
  }).id;
  // 4. 10,000 drafts in the trash, one in ten with a letter of 50 KB of its own.
  store.db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const letter = i % 10 === 0 ? [store.attachments.put(file(`lettre-${i}.pdf`, 50 * 1024))] : [];
      const { id } = store.drafts.create('sipTrunkDids', withLetters(typicalDraft(200_000 + i), letter));
      store.drafts.trash(id);
    }
  })();
  return { exported, toExport, toSubmit };
}

async function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'portage-main-loop-'));
  mkdirSync(join(dir, 'data'));
  const clock = createShiftedClock();
  const dialogs = createStagedDialogs();
  const services = await createServices({
    dataDir: join(dir, 'data'),
    cipher: createNodeCipher({ keyFile: join(dir, 'cipher.key') }),
    fetchFn: fetch,
    clock,
    dialogs,
    notifier: silentNotifier,
    practiceCarrierOptions: { statusStepMs: 3_600_000 },
    firstPollDelayMs: 3_600_000,
    trackingSchedule: { initialMs: 3_600_000, capMs: 3_600_000 },
    systemLocale: 'fr-CA',
    log: () => undefined,
  });
  const figures: Figure[] = [];
  const record = (name: string, measured: Measured) => {
    figures.push(...blockFigures(`mainLoop.${name}`, measured.histogram));
    figures.push({ name: `${name}.durationMs`, value: measured.ms, unit: 'ms' });
  };
  try {
    const { exported, toExport, toSubmit } = prepare(services, dir);
    figures.push({ name: 'import.fileMB', value: exported.byteLength / mb, unit: 'MB' });
    dialogs.stage({ name: 'autre-ordinateur.portage.json', content: exported });

    // From here on, the loop is watched for the whole sequence as well as per operation.
    const overall = monitorEventLoopDelay({ resolution: 1 });
    overall.enable();
    await tick(10);
    record(
      'import50MB',
      await watched(async () => {
        const result = await services.handlers['transfer.import'](undefined);
        if (result.imported === 0) throw new Error('nothing imported');
      }),
    );
    let exportBytes = 0;
    record(
      'export1000',
      await watched(async () => {
        await services.handlers['transfer.export']({ ids: toExport });
        exportBytes = dialogs.saved().at(-1)?.content.byteLength ?? 0;
      }),
    );
    figures.push({ name: 'export.fileMB', value: exportBytes / mb, unit: 'MB' });
    record(
      'submit20MB',
      await watched(async () => {
        const result = await services.handlers['drafts.finalize']({ id: toSubmit, confirmDuplicates: true });
        if (result.outcome !== 'queued') throw new Error(`not queued: ${result.outcome}`);
        await untilSubmitted(services, toSubmit);
      }),
    );
    clock.advance(31 * day);
    // Counted outside the watch: listing 10,000 drafts of the trash is the bench's own work, not the purge's.
    const inTrash = () => services.store.drafts.listTrash().length;
    const before = inTrash();
    record('purge10000', await watched(() => services.purgeTrash()));
    figures.push({ name: 'purge.drafts', value: before - inTrash(), unit: 'drafts' });
    record(
      'search',
      await watched(async () => {
        for (const query of ['trem', '613', 'gélinas 4', 'zzz'])
          await services.handlers['drafts.list']({ query });
      }),
    );
    overall.disable();
    figures.unshift(...blockFigures('mainLoop', overall));
    return figures;
  } finally {
    await services.shutdown();
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = { title: 'Main loop while the services work (monitorEventLoopDelay)', run };
export default suite;
