// The round of asking at start (composition/startup-recovery.ts: openWithRecovery), in Node with a scripted
// dealer in place of the app's dialog: failures the damaged-database matrix does not reach through the
// built app (a deleted database file, an unreadable key), and a choice that fails, which the next dialog
// reports instead of the app ending.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestorableServices } from '../../../src-main/composition/restorable-services';
import type { Services, ServicesOptions } from '../../../src-main/composition/services';
import {
  openWithRecovery,
  type LastAttempt,
  type RecoveryChoice,
  type RecoveryPlan,
} from '../../../src-main/composition/startup-recovery';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';

const dirs: string[] = [];
const opened: Services[] = [];
afterEach(async () => {
  for (const services of opened.splice(0)) await services.shutdown();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function optionsFor(dataDir: string): ServicesOptions {
  return {
    dataDir,
    cipher: createNodeCipher({ keyFile: join(dataDir, '..', `${dataDir.split('/').pop()}-cipher.key`) }),
    fetchFn: async () => {
      throw new TypeError('fetch failed');
    },
    clock: { now: () => Date.now() },
    dialogs: cancellingDialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    background: false,
    systemLocale: 'fr-CA',
  };
}

/** A data folder with one request and a backup of it, made by the services themselves. */
async function dataFolder(): Promise<{ dir: string; options: ServicesOptions; id: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'portage-start-'));
  dirs.push(dir, `${dir}-cipher.key`);
  const options = optionsFor(dir);
  const services = await createRestorableServices(options);
  const { id } = services.store.drafts.create('residentialLine', { customer: { name: 'Ferme Gagnon' } });
  await services.backups.backUp('manual');
  await services.shutdown();
  return { dir, options, id };
}

/** A dealer who answers the dialogs in turn, and what each dialog showed. */
function dealer(answers: RecoveryChoice[]) {
  const seen: { plan: RecoveryPlan; last: LastAttempt }[] = [];
  return {
    seen,
    ask: async (plan: RecoveryPlan, last: LastAttempt) => {
      seen.push({ plan, last });
      return answers[seen.length - 1] ?? 'quit';
    },
  };
}

const fingerprint = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'nothing';

async function open(options: ServicesOptions, ask: ReturnType<typeof dealer>['ask']) {
  const services = await openWithRecovery(() => createRestorableServices(options), {
    ...options,
    ask,
    save: async () => true,
    log: () => undefined,
  });
  if (services) opened.push(services);
  return services;
}

describe('asking the dealer at start', () => {
  it('a deleted database beside its backups is a loss, not a first start: the restore brings it back', async () => {
    const { dir, options, id } = await dataFolder();
    rmSync(join(dir, 'portage.sqlite'));
    const you = dealer(['restoreBackup']);
    const services = await open(options, you.ask);
    expect(you.seen.map(({ plan }) => [plan.failure, plan.choices])).toEqual([
      ['missing', ['restoreBackup', 'startFresh', 'quit']],
    ]);
    expect(services?.store.drafts.get(id)).toMatchObject({ data: { customer: { name: 'Ferme Gagnon' } } });
    // Nothing was there to set aside.
    expect(existsSync(join(dir, 'set-aside'))).toBe(false);
  });

  it('an unreadable key: no restore (every backup needs that key); a fresh start sets the database and the key aside', async () => {
    const { dir, options } = await dataFolder();
    const keyFile = join(dir, 'portage.key');
    writeFileSync(keyFile, '{"version":1,"protection":"secure","wrapped":"!!","wrappedBy":"cipher"}');
    const before = { database: fingerprint(join(dir, 'portage.sqlite')), key: fingerprint(keyFile) };

    const quitting = dealer(['quit']);
    expect(await open(options, quitting.ask)).toBeNull();
    expect(quitting.seen[0]?.plan).toMatchObject({
      failure: 'keyUnreadable',
      choices: ['startFresh', 'quit'],
    });
    expect({ database: fingerprint(join(dir, 'portage.sqlite')), key: fingerprint(keyFile) }).toEqual(before);

    const services = await open(options, dealer(['startFresh']).ask);
    expect(services?.store.drafts.list().total).toBe(0);
    const [aside] = readdirSync(join(dir, 'set-aside'));
    const folder = join(dir, 'set-aside', aside ?? '');
    expect(readdirSync(folder).sort()).toEqual(['portage.key', 'portage.sqlite']);
    expect({
      database: fingerprint(join(folder, 'portage.sqlite')),
      key: fingerprint(join(folder, 'portage.key')),
    }).toEqual(before);
  });

  it('a choice that fails is said in the next dialog, which asks again, and the file stays as it was', async () => {
    const { dir, options } = await dataFolder();
    const file = join(dir, 'portage.sqlite');
    // Cut in half on a page boundary: the header reads, the schema's pages do not.
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 4096 / 2) * 4096));
    const before = fingerprint(file);
    const you = dealer(['exportReadable', 'quit']);
    expect(await open(options, you.ask)).toBeNull();
    expect(you.seen.map(({ plan }) => plan.choices)).toEqual([
      ['restoreBackup', 'exportReadable', 'startFresh', 'quit'],
      ['restoreBackup', 'exportReadable', 'startFresh', 'quit'],
    ]);
    expect(you.seen[1]?.last).toMatchObject({
      choice: 'exportReadable',
      failed: expect.objectContaining({ code: 'databaseUnreadable' }),
    });
    expect(fingerprint(file)).toBe(before);
  });
});
