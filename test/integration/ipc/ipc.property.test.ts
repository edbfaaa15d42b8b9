// Random and malformed payloads to every channel, through the IPC wrapper, with the real services on a
// real SQLite file. Stubbed: the carrier (fetch always fails, as when offline; no practice carrier), the
// file dialogs (always cancelled) and the background workers (not started, so the database only changes
// through the calls under test). Every call must answer a structured result, never throw, never an
// `internal` error; and a call that fails must leave every table exactly as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createServices, type Services } from '../../../src-main/composition/services';
import { invokeChannelNames, type ChannelName } from '../../../src-main/shared/ipc-contract/channel-names';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';

const runsPerChannel = 500;
// One seed for the whole file, printed, so a failure found in CI can be run again here:
// PORTAGE_PROPERTY_SEED=<seed> npx vitest run test/integration/ipc/ipc.property.test.ts
const seed = Number(process.env.PORTAGE_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
// A channel that runs this long has met a payload that makes it (or the check) do far too much: fail with
// fast-check's report of the seed and the payload, not with the test runner's bare time-out.
const timeLimitPerChannelMs = 90_000;
const appFrame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };

let services: Services;
let invoke: Invoke<SenderEvent>;
let draftIds: string[] = [];
let tables: string[] = [];

const digest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A content hash of every table: each row as JSON, with each blob as its own digest, the rows sorted. */
function databaseHash(): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = services.store.db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][];
    // Blobs are digested before JSON sees them: JSON would turn a Buffer into an array of every byte
    // (Buffer's toJSON runs before any replacer), and the signed PDFs that paperwork.sign stores made
    // each hash megabytes of numbers, enough to take a later channel past the test's time limit.
    const lines = rows.map((row) =>
      JSON.stringify(row.map((value) => (Buffer.isBuffer(value) ? digest(value) : value))),
    );
    hash.update(`${table}\n${lines.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  console.log(`fast-check seed ${seed} (PORTAGE_PROPERTY_SEED=${seed} runs these payloads again)`);
  services = await createServices({
    dataDir: mkdtempSync(join(tmpdir(), 'portage-ipc-property-')),
    cipher: createNodeCipher(),
    fetchFn: async () => {
      throw new TypeError('fetch failed');
    },
    clock: { now: () => Date.now() },
    dialogs: cancellingDialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    background: false,
    systemLocale: 'fr-CA',
  });
  invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
  const { drafts } = services.store;
  draftIds = [
    drafts.create('sipTrunkDids', { customer: { name: 'Alpha' }, numbers: { toPort: ['6135550123'] } }).id,
    drafts.create('residentialLine', { numbers: { toPort: ['6135550124', '8005550199'] } }).id,
    drafts.create('virtualFax', {}).id,
  ];
  tables = (
    services.store.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
});

afterAll(async () => {
  await services?.shutdown();
});

const ids = () => fc.oneof(fc.constantFrom(...draftIds), fc.string({ maxLength: 300 }), fc.anything());
const nasty = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 50 }),
  fc.constant('x'.repeat(30_000)),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.constant(2 ** 53),
  fc.array(fc.anything(), { maxLength: 10 }),
);

/** Field names the channels know, to build payloads that are close to valid and so reach deeper. */
const knownKeys = [
  'id',
  'draftId',
  'data',
  'kind',
  'slot',
  'sha256',
  'revision',
  'expectedRevision',
  'archived',
  'query',
  'statuses',
  'kinds',
  'sort',
  'direction',
  'limit',
  'offset',
  'number',
  'numbers',
  'confirmDuplicates',
  'baseUrl',
  'username',
  'password',
  'field',
  'sessionOnly',
  'choice',
  'ticket',
  'ids',
  'draftIds',
  'language',
  'notifications',
  'dealerName',
  'newRespOrg',
  'document',
  'locale',
  'signer',
  'signature',
  'retention',
  'period',
  'stamp',
  'importId',
  'mapping',
];

/** One valid payload per channel with input; mutated below so the generator reaches the handlers. */
function validExample(channel: ChannelName): Record<string, unknown> | undefined {
  const [id = '', mixed = ''] = draftIds;
  const examples: Partial<Record<ChannelName, Record<string, unknown>>> = {
    'settings.update': { language: 'en-CA', notifications: false },
    'settings.retentionPreview': { period: '90d' },
    'drafts.list': { query: 'alpha', limit: 10, sort: 'customer', direction: 'asc' },
    'drafts.get': { id },
    'drafts.create': { kind: 'virtualFax', data: { customer: { name: 'Nouveau' } } },
    'drafts.save': { id, data: { customer: { name: 'Changé' } } },
    'drafts.stash': {
      id,
      stamp: { session: 'page-1', edit: 1 },
      revision: 1,
      data: { customer: { name: 'Tapé' } },
    },
    'drafts.stashed': { id },
    'drafts.revisions': { id },
    'drafts.restoreRevision': { id, revision: 1 },
    'drafts.duplicate': { id },
    'drafts.setArchived': { id, archived: true },
    'drafts.trash': { id },
    'drafts.restoreFromTrash': { id },
    'drafts.split': { id: mixed },
    'drafts.finalize': { id, confirmDuplicates: true },
    'drafts.numberConflicts': { id, numbers: ['613 555 0123', '6135550124'] },
    'drafts.editCopy': { id },
    'drafts.copiedRejection': { id },
    'drafts.setLinePassword': {
      draftId: id,
      number: '613 555 0123',
      field: 'sipPassword',
      password: 's3cret',
    },
    'attachments.add': { draftId: id, slot: 'lastInvoice' },
    'attachments.remove': { draftId: id, slot: 'lastInvoice', sha256: 'a'.repeat(64) },
    'paperwork.preview': { draftId: id, document: 'letterOfAuthorization', locale: 'fr-CA' },
    'paperwork.sign': {
      draftId: id,
      document: 'letterOfAuthorization',
      locale: 'en-CA',
      signer: { name: 'Hélène Côté', title: 'President' },
      signature: { method: 'typed', typedName: 'Hélène Côté', consent: true },
    },
    'paperwork.file': { draftId: id, sha256: 'a'.repeat(64) },
    'paperwork.saveCopy': { draftId: id, document: 'respOrgForm', locale: 'en-CA' },
    'numbers.checkPortable': { number: '613 555 0123' },
    'account.set': { baseUrl: 'https://api.thinktel.ca/rest.svc', username: '12345', password: 'secret' },
    'account.test': { baseUrl: 'https://api.thinktel.ca/rest.svc', username: '12345', password: 'secret' },
    'outbox.resolveReview': { draftId: id, choice: 'adoptTicket', ticket: 'T1' },
    'outbox.pullBack': { draftId: id },
    'outbox.sendToCurrent': { draftIds: [id, mixed] },
    'tracking.get': { draftId: id },
    'transfer.export': { ids: [id] },
    'intake.open': { draftId: id },
    'intake.check': { importId: id, mapping: { hasHeader: true, columns: ['number', null] } },
    'intake.apply': { importId: id, mapping: { hasHeader: false, columns: ['number'] } },
    'intake.close': { importId: id },
    'intake.exportNumbers': { draftId: id },
    // A well-formed id of no backup: the handler looks, finds none and answers notFound.
    'backups.restore': { id: 'portage-20260302T140000000Z-manual.sqlite' },
  };
  return examples[channel];
}

function mutations(example: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  return fc.oneof(
    fc.constant(example),
    // One field replaced by something wrong.
    fc
      .tuple(fc.constantFrom(...keys), fc.oneof(ids(), nasty))
      .map(([key, value]) => ({ ...example, [key]: value })),
    // One field missing.
    fc
      .constantFrom(...keys)
      .map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key))),
    // One field too many.
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.anything())
      .map(([key, value]) => ({ ...example, [key]: value })),
  );
}

function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const nearValid = fc.dictionary(fc.constantFrom(...knownKeys), fc.oneof(ids(), nasty), { maxKeys: 5 });
  const example = validExample(channel);
  return fc.oneof(
    { weight: example ? 3 : 0, arbitrary: example ? mutations(example) : fc.constant(undefined) },
    { weight: 3, arbitrary: nearValid },
    { weight: 2, arbitrary: fc.anything({ withObjectString: true, withNullPrototype: true }) },
    { weight: 1, arbitrary: nasty },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, {}, [], '', 0, true) },
  );
}

describe('every IPC channel under random and malformed input', () => {
  it('covers all the channels', () => {
    // 37 since drafts.numberConflicts (numbers in other active requests), drafts.copiedRejection (the
    // rejection an "edit a copy" draft came from), outbox.sendToCurrent, outbox.pullBack and
    // drafts.setLinePassword; 40 since backups.list, backups.create and backups.restore (Settings' backups);
    // 44 since paperwork.preview, paperwork.sign, paperwork.file and paperwork.saveCopy (the documents
    // Portage prepares and has signed); 47 with the editor's stash (drafts.stash, drafts.stashed) and the
    // retention period's preview (settings.retentionPreview); 52 with the five intake.* channels (numbers from a spreadsheet, and a
    // request's numbers out as CSV); 53 with app.diagnostics ("Copy diagnostics").
    expect(invokeChannelNames.length).toBe(53);
  });

  it.each(invokeChannelNames.map((name) => [name]))('%s answers a structured result', async (name) => {
    const channel = name as ChannelName;
    let failures = 0;
    let reachedHandler = 0;
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        const before = databaseHash();
        let result: Awaited<ReturnType<Invoke<SenderEvent>>>;
        try {
          result = await invoke(channel, appFrame, payload);
        } catch (error) {
          throw new Error(`${channel} threw: ${String(error)}`, { cause: error });
        }
        expect(typeof result.ok).toBe('boolean');
        if (result.ok || result.error.code !== 'invalidInput') reachedHandler += 1;
        if (!result.ok) {
          failures += 1;
          expect(result.error.code).toMatch(/^[a-zA-Z][\w.]*$/);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(result.error.message).not.toMatch(/\bat .*\.(ts|js):\d+|SQLITE_|stack/i);
          // A refused call changes nothing.
          expect(databaseHash()).toBe(before);
        }
        // The answer crosses a process boundary: it must survive structured cloning / JSON.
        expect(() => structuredClone(result)).not.toThrow();
      }),
      {
        numRuns: runsPerChannel,
        seed,
        interruptAfterTimeLimit: timeLimitPerChannelMs,
        markInterruptAsFailure: true,
      },
    );
    // Channels without input accept almost anything empty; every other channel refused many payloads.
    expect(failures).toBeGreaterThan(0);
    // And the generator got past validation often enough to exercise the handler itself.
    expect(reachedHandler).toBeGreaterThan(runsPerChannel / 20);
  });
});
