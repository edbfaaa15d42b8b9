// The database at rest: with a key, nothing a dealer typed is readable in the file or its WAL; a wrong key
// or a damaged file is refused without a change; a clear database from before encryption is encrypted in
// place, keeping every row; a database from a newer Portage is refused untouched (not even switched to WAL).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreError, type Store } from '../../../src-main/store/index';
import { isClearDatabase } from '../../../src-main/store/encryption';
import { migrations } from '../../../src-main/store/migrations/index';
import { tempDir } from './temp-store';

const marker = 'Quincaillerie-Zéphyrin-7f3a';
const dirs: string[] = [];
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fresh(): { dir: string; file: string } {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, file: `${dir}/portage.sqlite` };
}

function open(file: string, key?: Buffer): Store {
  const store = openStore({ file, ...(key ? { key } : {}) });
  opened.push(store);
  return store;
}

/** Every file of the database (main, WAL, anything left beside it) holding `text` in clear. */
function filesHolding(dir: string, text: string): string[] {
  return readdirSync(dir).filter((name) => readFileSync(`${dir}/${name}`).includes(Buffer.from(text)));
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function refusal(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('a database opened with a key', () => {
  it('holds nothing typed in clear, in the file or its WAL', () => {
    const { dir, file } = fresh();
    const key = randomBytes(32);
    const store = open(file, key);
    store.drafts.create('sipTrunkDids', { customer: { name: marker } });
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(filesHolding(dir, marker)).toEqual([]);
    expect(isClearDatabase(file)).toBe(false);
    store.close();
    expect(filesHolding(dir, marker)).toEqual([]);

    const again = open(file, key);
    expect(again.drafts.list().rows.map((row) => row.customerName)).toEqual([marker]);
  });

  it('refuses a wrong key, or no key, and leaves the file as it was', () => {
    const { file } = fresh();
    const store = open(file, randomBytes(32));
    store.drafts.create('sipTrunkDids', { customer: { name: marker } });
    store.close();
    const before = digest(file);
    expect(refusal(() => open(file, randomBytes(32))).code).toBe('databaseUnreadable');
    expect(refusal(() => open(file)).code).toBe('databaseUnreadable');
    expect(digest(file)).toBe(before);
  });
});

describe('a clear database from before encryption', () => {
  it('is encrypted in place on first open with a key, every row kept, no clear copy left', () => {
    const { dir, file } = fresh();
    const clear = open(file);
    for (let i = 0; i < 50; i++)
      clear.drafts.create('sipTrunkDids', { customer: { name: `${marker} ${i}` } });
    clear.close();
    expect(filesHolding(dir, marker)).not.toEqual([]);

    const key = randomBytes(32);
    const store = open(file, key);
    expect(store.drafts.list({ limit: 100 }).total).toBe(50);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
    expect(isClearDatabase(file)).toBe(false);
    expect(filesHolding(dir, marker)).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('clear'))).toEqual([]);
  });
});

describe('a database from a newer Portage', () => {
  it('is refused with nothing in it changed, not even its journal mode', () => {
    const { dir, file } = fresh();
    const key = randomBytes(32);
    const store = open(file, key);
    store.drafts.create('sipTrunkDids', { customer: { name: marker } });
    store.db.pragma(`user_version = ${migrations.length + 1}`);
    store.db.pragma('journal_mode = DELETE');
    store.close();
    const before = digest(file);
    const files = readdirSync(dir).sort();

    const error = refusal(() => open(file, key));
    expect(error.code).toBe('databaseFromNewerVersion');
    expect(digest(file)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(files);
    const check = new Database(file, { readonly: true });
    try {
      check.pragma(`cipher = 'sqlcipher'`);
      check.pragma('legacy = 4');
      check.pragma(`key = "x'${key.toString('hex')}'"`);
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      check.close();
    }
  });
});
