// Backups on real, encrypted SQLite files: made in a worker thread while the main thread stays free,
// encrypted with the database's key, rotated to the newest 7, one before migrating; and the refusals at
// opening (a missing or empty file beside backups is damage; a refused file is left byte for byte).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupIdPattern } from '../../../src-main/shared/domain/backups';
import { openStore, StoreError } from '../../../src-main/store/index';
import { keptBackups, listBackupFiles } from '../../../src-main/store/backups/backup-files';
import { createBackups, type Backups } from '../../../src-main/store/backups/backups';
import { applyKey } from '../../../src-main/store/encryption';
import { migrations } from '../../../src-main/store/migrations/index';
import { tempStore, type TempStore } from './temp-store';

const key = randomBytes(32);
let t: TempStore | undefined;
afterEach(() => t?.cleanup());

function keyedStore(extra: Parameters<typeof tempStore>[0] = {}): TempStore {
  t = tempStore({ key, ...extra });
  return t;
}

function backupsOf(store: TempStore, log: (line: string) => void = () => undefined): Backups {
  return createBackups({
    file: store.file,
    folder: join(store.dir, 'backups'),
    key,
    clock: () => store.clock.now,
    supportedVersion: migrations.length,
    log,
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function namesIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    applyKey(db, key);
    return db.prepare('SELECT customer_name FROM drafts ORDER BY customer_name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('are made in a worker thread, encrypted with the same key, whole and named for when and why', async () => {
    const store = keyedStore();
    store.store.drafts.create('residentialLine', { customer: { name: 'Dépanneur Tremblay' } });
    const lines: string[] = [];
    const backups = backupsOf(store, (line) => lines.push(line));

    let settled = false;
    const making = backups.backUp('manual').finally(() => (settled = true));
    // The main thread is free while the copy is made: the dealer keeps typing.
    await new Promise((resolve) => setImmediate(resolve));
    store.store.drafts.create('businessLine', { customer: { name: 'Garage Lévesque' } });
    expect(settled).toBe(false);
    const backup = await making;
    expect(lines).toEqual([]);

    expect(backup).toMatchObject({ reason: 'manual', createdAt: '2026-03-02T14:00:00.000Z' });
    expect(backup.id).toMatch(backupIdPattern);
    expect(backup.bytes).toBe(statSync(backup.path).size);
    // Not readable without the key, and readable with it.
    expect(readFileSync(backup.path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(() =>
      new Database(backup.path, { readonly: true }).prepare('SELECT 1 FROM drafts').get(),
    ).toThrow();
    expect(namesIn(backup.path)).toContain('Dépanneur Tremblay');
    expect(backups.list()).toEqual([backup]);
  });

  it('keep the newest 7, whatever made them', async () => {
    const store = keyedStore();
    const backups = backupsOf(store);
    const made: string[] = [];
    for (let day = 0; day < keptBackups + 3; day += 1) {
      store.clock.advance(24 * 60 * 60 * 1000);
      made.push((await backups.backUp(day % 3 === 0 ? 'manual' : 'daily')).id);
    }
    expect(backups.list().map((backup) => backup.id)).toEqual(made.slice(-keptBackups).reverse());
    expect(readdirSync(join(store.dir, 'backups'))).toHaveLength(keptBackups);
  });

  it('daily: one when none is a day old, none otherwise', async () => {
    const store = keyedStore();
    const backups = backupsOf(store);
    expect(await backups.backUpIfDue()).toMatchObject({ reason: 'daily' });
    store.clock.advance(23 * 60 * 60 * 1000);
    expect(await backups.backUpIfDue()).toBeNull();
    store.clock.advance(60 * 60 * 1000);
    expect(await backups.backUpIfDue()).toMatchObject({ reason: 'daily' });
    expect(backups.list()).toHaveLength(2);
  });

  it('the latest good one skips a damaged or unreadable backup, and check refuses it', async () => {
    const store = keyedStore();
    store.store.drafts.create('residentialLine', { customer: { name: 'Ferme Gagnon' } });
    const backups = backupsOf(store);
    const good = await backups.backUp('daily');
    store.clock.advance(1000);
    const damaged = await backups.backUp('manual');
    writeFileSync(damaged.path, randomBytes(damaged.bytes));

    expect((await backups.latestGood())?.id).toBe(good.id);
    await expect(backups.check(damaged.id)).rejects.toMatchObject({ code: 'backupUnusable' });
    await expect(backups.check('portage-20260101T000000000Z-daily.sqlite')).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('one is made before migrating a database that has data, from the version it had', () => {
    const store = keyedStore({ migrations: migrations.slice(0, migrations.length - 1) });
    store.store.drafts.create('virtualFax', { customer: { name: 'Café Côté' } });
    const folder = join(store.dir, 'backups');
    expect(existsSync(folder)).toBe(false);
    store.reopen({ migrations, backupsFolder: folder });
    const [backup, ...others] = listBackupFiles(folder);
    expect(others).toEqual([]);
    expect(backup).toMatchObject({ reason: 'migration' });
    const db = new Database(backup?.path ?? '', { readonly: true });
    try {
      applyKey(db, key);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
    } finally {
      db.close();
    }
    expect(namesIn(backup?.path ?? '')).toEqual(['Café Côté']);
    // Opening again at the same version makes none.
    store.reopen({ migrations, backupsFolder: folder });
    expect(listBackupFiles(folder)).toHaveLength(1);
  });
});

describe('opening a database beside its backups', () => {
  it('refuses a missing or empty file as damage, not a first start; without backups it is a first start', async () => {
    const store = keyedStore();
    const folder = join(store.dir, 'backups');
    await backupsOf(store).backUp('daily');
    store.store.close();

    truncateSync(store.file, 0);
    expect(() => openStore({ file: store.file, key, backupsFolder: folder })).toThrow(
      expect.objectContaining({ code: 'databaseMissing', params: { empty: 1 } }),
    );
    expect(statSync(store.file).size).toBe(0);

    const other = join(store.dir, 'other.sqlite');
    expect(() => openStore({ file: other, key, backupsFolder: folder })).toThrow(
      expect.objectContaining({ code: 'databaseMissing', params: { empty: 0 } }),
    );
    expect(existsSync(other)).toBe(false);

    store.store = openStore({ file: store.file, key });
    expect(store.store.drafts.list().total).toBe(0);
  });

  it('refuses a damaged file (quick_check) and leaves it, and its folder, exactly as they were', () => {
    const store = keyedStore();
    for (let n = 0; n < 200; n += 1) {
      // Within the field caps (a name holds 100 characters): the comment fills the pages.
      store.store.drafts.create('businessLine', {
        customer: { name: `Client ${n}` },
        comments: { portTeam: `${n} ${'x'.repeat(300)}` },
      });
    }
    store.store.close();
    const bytes = readFileSync(store.file);
    bytes[20 * 4096 + 100] = (bytes[20 * 4096 + 100] ?? 0) ^ 0xff;
    writeFileSync(store.file, bytes);
    const before = sha256(store.file);
    const files = readdirSync(store.dir).sort();

    let refused: unknown;
    try {
      store.store = openStore({ file: store.file, key });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ code: 'databaseDamaged' });
    expect(sha256(store.file)).toBe(before);
    expect(readdirSync(store.dir).sort()).toEqual(files);
    store.store = openStore({ file: join(store.dir, 'fresh.sqlite'), key });
  });
});
