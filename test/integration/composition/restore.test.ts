// Backup and restore round-trip over a real, encrypted data folder, through the IPC handlers of the
// restorable services (the ones the app and the harness run): the data after the restore equals the data
// when the backup was made, table by table; the data it replaced waits in set-aside/; the services keep
// answering on the restored database. An unusable backup is refused with the data left as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestorableServices } from '../../../src-main/composition/restorable-services';
import type { Services } from '../../../src-main/composition/services';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type { Cipher } from '../../../src-main/secrets/cipher';
import type { ChannelName } from '../../../src-main/shared/ipc-contract/channel-names';
import type {
  BackupInfo,
  BackupList,
  DraftDetail,
  IpcResult,
  RestoreResult,
} from '../../../src-main/shared/ipc-contract/types';
import { applyKey } from '../../../src-main/store/encryption';
import { databaseKeyOf } from '../../support/app-database';

const appFrame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
let dataDir: string;
let cipher: Cipher;
let services: Services;
let invoke: Invoke<SenderEvent>;

async function call<T>(channel: ChannelName, input?: unknown): Promise<T> {
  const result = (await invoke(channel, appFrame, input)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** Every row of every table of a database, hashed table by table. */
function contents(db: Database.Database): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][];
      const lines = rows.map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? createHash('sha256').update(value).digest('hex') : value,
        ),
      );
      return [table, createHash('sha256').update(lines.sort().join('\n')).digest('hex')];
    }),
  );
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portage-restore-'));
  cipher = createNodeCipher({ keyFile: join(dataDir, 'test-cipher.key') });
  services = await createRestorableServices({
    dataDir,
    cipher,
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
});

afterAll(async () => {
  await services.shutdown();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('backup, then restore, while the app runs', () => {
  it('brings back exactly the data of the backup, and keeps the data it replaced aside', async () => {
    const { store } = services;
    const kept = store.drafts.create('residentialLine', { customer: { name: 'Dépanneur Tremblay' } });
    const letter = store.attachments.put({
      name: 'lettre.pdf',
      mimeType: 'application/pdf',
      content: new TextEncoder().encode(`%PDF-1.4 ${'signée '.repeat(2000)}`),
    });
    store.drafts.save(kept.id, {
      customer: { name: 'Dépanneur Tremblay inc.' },
      attachments: { letterOfAuthorization: [letter] },
    });
    const trashed = store.drafts.create('businessLine', { customer: { name: 'Garage Lévesque' } });
    store.drafts.trash(trashed.id);
    await call('settings.update', { language: 'en-CA' });
    const before = contents(store.db);

    const backup = await call<BackupInfo>('backups.create');
    expect(backup).toMatchObject({ reason: 'manual' });
    expect(JSON.stringify(backup)).not.toContain(dataDir);

    // Work goes on after the backup.
    const later = await call<DraftDetail>('drafts.create', {
      kind: 'virtualFax',
      data: { customer: { name: 'Boulangerie Roy' } },
    });
    await call('drafts.save', { id: kept.id, data: { customer: { name: 'Renamed' } } });
    await call('settings.update', { language: 'fr-CA' });
    expect(contents(services.store.db)).not.toEqual(before);
    expect((await call<BackupList>('backups.list')).current).toEqual({ requests: 2 });

    const restored = await call<RestoreResult>('backups.restore', { id: backup.id });
    expect(restored.restored).toEqual(backup);
    expect(restored.setAside).toMatch(/^set-aside[/\\]\d{8}T\d{9}Z-before-restore$/);

    // The data after the restore equals the data before, table by table, on a store opened afresh.
    expect(services.store).not.toBe(store);
    expect(contents(services.store.db)).toEqual(before);
    expect(await call<DraftDetail>('drafts.get', { id: kept.id })).toMatchObject({
      data: { customer: { name: 'Dépanneur Tremblay inc.' } },
    });
    expect(services.locale()).toBe('en-CA');
    expect((await call<BackupList>('backups.list')).current).toEqual({ requests: 1 });

    // What the restore replaced is kept, whole: the request made after the backup is in it.
    const aside = new Database(join(dataDir, restored.setAside, 'portage.sqlite'), { readonly: true });
    try {
      applyKey(aside, databaseKeyOf(dataDir, cipher));
      expect(aside.prepare('SELECT count(*) FROM drafts WHERE id = ?').pluck().get(later.id)).toBe(1);
    } finally {
      aside.close();
    }
  });

  it('refuses a backup that does not pass its check, with the app and its data as they were', async () => {
    const backup = await call<BackupInfo>('backups.create');
    writeFileSync(join(dataDir, 'backups', backup.id), 'not a database');
    const before = contents(services.store.db);
    const { store } = services;

    const result = await invoke('backups.restore', appFrame, { id: backup.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'backupUnusable' } });
    expect(services.store).toBe(store);
    expect(contents(services.store.db)).toEqual(before);
    expect(await invoke('backups.restore', appFrame, { id: '../portage.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(existsSync(join(dataDir, 'portage.sqlite'))).toBe(true);
  });
});
