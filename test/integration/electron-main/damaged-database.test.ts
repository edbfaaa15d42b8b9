// The damaged-database matrix, through the built main process (dist/main/main.js) with the electron stub,
// as the electron-shell test runs it. A data folder is made by the app itself (requests, a letter of
// authorization, a backup from Settings' channel); each case damages a fresh copy one way and starts the
// app on it. Each case must end in the native dialog, in the system's language, with exactly the choices
// that apply; the database must be as it was while the dialog asks (refusing changes nothing); and what
// the dealer chooses must lose nothing beyond what was damaged: restoring brings every request back, the
// damaged file waits in set-aside/ byte for byte, the backups are all still there.
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryChoice, StartFailure } from '../../../src-main/store/recovery/plan';
import { translateText } from '../../../src-main/shared/domain/messages';
import type { Locale } from '../../../src-main/shared/domain/locale';
import { draftBundleSchema, type DraftBundle } from '../../../src-main/store';
import { ensureFreshBuild, mainBundlePath, repoRoot } from './built-app';
import {
  backupNames,
  copyOf,
  damages,
  databaseName,
  fillThroughApp,
  fingerprint,
  readOnlyUser,
  requestsOf,
  setAsideContents,
  writableAgain,
  type Template,
} from './damaged-data';
import { launchMainProcess, type MainProcess, type StubRecord } from './main-process';

let template: Template;
const folders: string[] = [];

function launch(dir: string, locale: Locale, asUser?: { uid: number; gid: number }): MainProcess {
  return launchMainProcess({
    mainBundle: mainBundlePath,
    userData: dir,
    cwd: repoRoot,
    locale,
    ...(asUser ? { user: asUser } : {}),
  });
}

beforeAll(async () => {
  ensureFreshBuild();
  const dir = mkdtempSync(join(tmpdir(), 'portage-template-'));
  folders.push(dir);
  const main = launch(dir, 'en-CA');
  try {
    await main.command('ready');
    await main.waitFor('BrowserWindow');
    template = { dir, ...(await fillThroughApp(main, dir)) };
    await main.command('quit');
    expect(await main.exited).toEqual({ code: 0, signal: null });
  } finally {
    main.kill();
  }
}, 120_000);

afterAll(() => {
  for (const dir of folders) {
    writableAgain(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The file "export what can be read" saved: an ordinary export, version 2. */
function readExport(path: string): DraftBundle {
  const parsed = draftBundleSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (parsed.version !== 2) throw new Error('expected a version 2 export');
  return parsed;
}

const label = (locale: Locale, choice: RecoveryChoice) =>
  translateText(locale, `startup.recovery.choice.${choice}`);

/** Starts the app on `dir` and answers the dialog it must show. */
async function startToDialog(main: MainProcess): Promise<StubRecord> {
  await main.command('ready');
  return main.waitFor('dialog.showMessageBox');
}

function expectDialog(
  box: StubRecord,
  locale: Locale,
  failure: StartFailure,
  choices: RecoveryChoice[],
): void {
  expect(box.message).toBe(translateText(locale, `startup.recovery.failure.${failure}`));
  expect(box.detail).toContain(translateText(locale, `startup.recovery.why.${failure}`));
  expect(box.buttons).toEqual(choices.map((choice) => label(locale, choice)));
  expect(box.cancelId).toBe(choices.indexOf('quit'));
  // Before any window: the dialog is the first thing the dealer sees.
  expect(box.appReady).toBe(true);
}

/** Answers the open dialog with `choice`, and waits for the next dialog or the window. */
async function choose(main: MainProcess, locale: Locale, choice: RecoveryChoice): Promise<void> {
  await main.command('answerMessageBox', { button: label(locale, choice) });
}

async function expectEverythingBack(main: MainProcess, dir: string): Promise<void> {
  await main.waitFor('BrowserWindow');
  expect(await requestsOf(main)).toEqual(template.requests);
  // The backups are all still there (a restore copies one, it does not use it up).
  expect(backupNames(dir)).toEqual(expect.arrayContaining(template.backups.map((backup) => backup.id)));
}

async function quitCleanly(main: MainProcess): Promise<void> {
  await main.command('quit');
  expect(await main.exited).toEqual({ code: 0, signal: null });
  const errors = main.records.filter(
    ({ what }) => what === 'uncaughtException' || what === 'unhandledRejection',
  );
  expect(errors).toEqual([]);
}

interface RestoreCase {
  name: string;
  damage: (dir: string) => void;
  locale: Locale;
  failure: StartFailure;
  choices: RecoveryChoice[];
}

const restoreCases: RestoreCase[] = [
  {
    name: 'a 0-byte file beside backups',
    damage: damages.zeroBytes,
    locale: 'fr-CA',
    failure: 'missing',
    choices: ['restoreBackup', 'startFresh', 'quit'],
  },
  {
    name: 'a truncated file',
    damage: damages.truncated,
    locale: 'en-CA',
    failure: 'damaged',
    choices: ['restoreBackup', 'exportReadable', 'startFresh', 'quit'],
  },
  {
    name: 'flipped header bytes',
    damage: damages.flippedHeader,
    locale: 'fr-CA',
    failure: 'unreadable',
    choices: ['restoreBackup', 'startFresh', 'quit'],
  },
  {
    name: 'a folder where the file should be',
    damage: damages.folderInstead,
    locale: 'en-CA',
    failure: 'notAFile',
    choices: ['restoreBackup', 'startFresh', 'quit'],
  },
];

describe('a damaged database at start, with a backup', () => {
  it.each(restoreCases)(
    '$name: the dialog offers the restore, which brings every request back',
    async (c) => {
      const dir = copyOf(template);
      folders.push(dir);
      c.damage(dir);
      const damaged = fingerprint(join(dir, databaseName));
      const main = launch(dir, c.locale);
      try {
        const box = await startToDialog(main);
        expectDialog(box, c.locale, c.failure, c.choices);
        expect(box.defaultId).toBe(0);
        // Refusing the database changed nothing in it.
        expect(fingerprint(join(dir, databaseName))).toBe(damaged);
        expect(setAsideContents(dir)).toEqual([]);

        await choose(main, c.locale, 'restoreBackup');
        await expectEverythingBack(main, dir);
        // The damaged file waits in set-aside/, as it was.
        expect(setAsideContents(dir)).toEqual([{ [databaseName]: damaged }]);
        await quitCleanly(main);
      } finally {
        main.kill();
      }
    },
  );

  it('a flipped byte in a page: what can be read is exported first (all but the request on that page), then the backup restores it all', async () => {
    const dir = copyOf(template);
    folders.push(dir);
    damages.flippedPage(dir);
    const damaged = fingerprint(join(dir, databaseName));
    const saveTo = join(dir, 'recovered.portage.json');
    const main = launch(dir, 'en-CA');
    try {
      const box = await startToDialog(main);
      expectDialog(box, 'en-CA', 'damaged', ['restoreBackup', 'exportReadable', 'startFresh', 'quit']);

      await main.command('saveNext', { path: saveTo });
      await choose(main, 'en-CA', 'exportReadable');
      const again = await main.waitFor('dialog.showMessageBox', (record) => record !== box);
      const exported = readExport(saveTo);
      const others = template.requests.filter((request) => request.id !== template.withLetter);
      expect(exported.drafts.map((draft) => draft.id).sort()).toEqual(others.map((request) => request.id));
      for (const draft of exported.drafts) {
        expect(draft.data).toEqual(others.find((request) => request.id === draft.id)?.data);
      }
      expect(again.detail).toContain(
        translateText('en-CA', 'startup.recovery.exported', { saved: others.length, unreadable: 1 }),
      );
      // Reading it changed nothing in it.
      expect(fingerprint(join(dir, databaseName))).toBe(damaged);

      await choose(main, 'en-CA', 'restoreBackup');
      await expectEverythingBack(main, dir);
      expect(setAsideContents(dir)).toEqual([{ [databaseName]: damaged }]);
      await quitCleanly(main);
    } finally {
      main.kill();
    }
  });

  it('a database from a newer Portage: Quit (the default) changes nothing; next time, the restore brings the older data back', async () => {
    const dir = copyOf(template);
    folders.push(dir);
    damages.newerVersion(dir);
    const newer = fingerprint(join(dir, databaseName));
    const first = launch(dir, 'fr-CA');
    try {
      const box = await startToDialog(first);
      expectDialog(box, 'fr-CA', 'newer', ['restoreBackup', 'startFresh', 'quit']);
      // The message the dealer reads says to update Portage.
      expect(box.detail).toContain(translateText('fr-CA', 'startup.recovery.why.newer'));
      expect(box.defaultId).toBe(2);
      await choose(first, 'fr-CA', 'quit');
      expect(await first.exited).toEqual({ code: 0, signal: null });
      expect(fingerprint(join(dir, databaseName))).toBe(newer);
      expect(setAsideContents(dir)).toEqual([]);
    } finally {
      first.kill();
    }
    const second = launch(dir, 'fr-CA');
    try {
      await startToDialog(second);
      await choose(second, 'fr-CA', 'restoreBackup');
      await expectEverythingBack(second, dir);
      expect(setAsideContents(dir)).toEqual([{ [databaseName]: newer }]);
      await quitCleanly(second);
    } finally {
      second.kill();
    }
  });

  it('a read-only data folder: only export and quit apply; the export holds every request and the folder is untouched', async () => {
    const dir = copyOf(template);
    folders.push(dir);
    const outside = mkdtempSync(join(tmpdir(), 'portage-export-'));
    folders.push(outside);
    const before = fingerprint(dir);
    const asRoot = process.getuid?.() === 0;
    // The app saves the export outside the data folder, where it may write.
    if (asRoot) chownSync(outside, readOnlyUser.uid, readOnlyUser.gid);
    damages.readOnlyFolder(dir);
    const saveTo = join(outside, 'recovered.portage.json');
    const main = launch(dir, 'fr-CA', asRoot ? readOnlyUser : undefined);
    try {
      const box = await startToDialog(main);
      expectDialog(box, 'fr-CA', 'readOnly', ['exportReadable', 'quit']);
      expect(box.defaultId).toBe(1);

      await main.command('saveNext', { path: saveTo });
      await choose(main, 'fr-CA', 'exportReadable');
      const again = await main.waitFor('dialog.showMessageBox', (record) => record !== box);
      expect(again.detail).toContain(
        translateText('fr-CA', 'startup.recovery.exported', {
          saved: template.requests.length,
          unreadable: 0,
        }),
      );
      const exported = readExport(saveTo);
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(exported.drafts.sort(byId).map((draft) => [draft.id, draft.data])).toEqual(
        template.requests.map((request) => [request.id, request.data]),
      );
      expect(exported.attachments).toHaveLength(1);

      await choose(main, 'fr-CA', 'quit');
      expect(await main.exited).toEqual({ code: 0, signal: null });
      expect(fingerprint(dir)).toBe(before);
    } finally {
      main.kill();
    }
  });
});

describe('a damaged database at start, with no backup', () => {
  it('flipped header bytes: no restore is offered; starting fresh keeps the damaged file aside', async () => {
    const dir = copyOf(template);
    folders.push(dir);
    rmSync(join(dir, 'backups'), { recursive: true });
    damages.flippedHeader(dir);
    const damaged = fingerprint(join(dir, databaseName));
    const main = launch(dir, 'en-CA');
    try {
      const box = await startToDialog(main);
      expectDialog(box, 'en-CA', 'unreadable', ['startFresh', 'quit']);
      expect(box.defaultId).toBe(1);
      await choose(main, 'en-CA', 'startFresh');
      await main.waitFor('BrowserWindow');
      expect(await requestsOf(main)).toEqual([]);
      expect(setAsideContents(dir)).toEqual([{ [databaseName]: damaged }]);
      await quitCleanly(main);
    } finally {
      main.kill();
    }
  });

  it('a 0-byte file and no backup is a first start: no dialog, an empty database', async () => {
    const dir = copyOf(template);
    folders.push(dir);
    rmSync(join(dir, 'backups'), { recursive: true });
    damages.zeroBytes(dir);
    const main = launch(dir, 'en-CA');
    try {
      await main.command('ready');
      await main.waitFor('BrowserWindow');
      expect(main.recordsOf('dialog.showMessageBox')).toEqual([]);
      expect(await requestsOf(main)).toEqual([]);
      await quitCleanly(main);
      expect(existsSync(join(dir, 'set-aside'))).toBe(false);
    } finally {
      main.kill();
    }
  });
});
