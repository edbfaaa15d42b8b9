// The database key: made once, kept only wrapped by the key store, read back the same; the dealer is asked
// before the key is kept with weak protection; an encrypted database whose key is gone is never given a
// new key that could not open it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeCipher, createUnavailableCipher } from '../../../src-main/secrets/node-cipher';
import { databaseKeyFileName, loadOrCreateDatabaseKey } from '../../../src-main/secrets/database-key';
import { Failure } from '../../../src-main/shared/domain/failure';
import { openStore } from '../../../src-main/store';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portage-key-'));
  dirs.push(dir);
  return dir;
}

const never = async (): Promise<boolean> => {
  throw new Error('the dealer should not have been asked');
};

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Failure) return error.code;
    throw error;
  }
  throw new Error('expected a Failure');
}

describe('the database key', () => {
  it('is made on first start, saved only wrapped, and read back the same', async () => {
    const dataDir = folder();
    const cipher = createNodeCipher();
    const first = await loadOrCreateDatabaseKey({ dataDir, cipher, acceptWeakProtection: never });
    expect(first.key).toHaveLength(32);
    expect(first.protection).toBe('secure');
    const saved = readFileSync(join(dataDir, databaseKeyFileName));
    expect(saved.includes(first.key)).toBe(false);
    expect(saved.includes(Buffer.from(first.key.toString('base64')))).toBe(false);
    expect(saved.includes(Buffer.from(first.key.toString('hex')))).toBe(false);

    const again = await loadOrCreateDatabaseKey({ dataDir, cipher, acceptWeakProtection: never });
    expect(again.key.equals(first.key)).toBe(true);
    // Another key store (another computer, another session) cannot unwrap it.
    const elsewhere = createNodeCipher();
    expect(
      await failureOf(loadOrCreateDatabaseKey({ dataDir, cipher: elsewhere, acceptWeakProtection: never })),
    ).toBe('databaseKeyUnreadable');
  });

  it('asks before keeping the key with weak protection, and stops when the dealer says no', async () => {
    const weak = createNodeCipher({ reportStatus: 'weak' });
    const refused = folder();
    expect(
      await failureOf(
        loadOrCreateDatabaseKey({ dataDir: refused, cipher: weak, acceptWeakProtection: async () => false }),
      ),
    ).toBe('keyProtectionRefused');
    expect(existsSync(join(refused, databaseKeyFileName))).toBe(false);

    let asked = 0;
    const accepted = await loadOrCreateDatabaseKey({
      dataDir: folder(),
      cipher: weak,
      acceptWeakProtection: async () => (asked += 1) > 0,
    });
    expect(asked).toBe(1);
    expect(accepted.protection).toBe('weak');

    const none = await loadOrCreateDatabaseKey({
      dataDir: folder(),
      cipher: createUnavailableCipher(),
      acceptWeakProtection: async () => true,
    });
    expect(none.protection).toBe('weak');
  });

  it('is never made anew for an encrypted database whose key is missing', async () => {
    const dataDir = folder();
    const cipher = createNodeCipher();
    const { key } = await loadOrCreateDatabaseKey({ dataDir, cipher, acceptWeakProtection: never });
    const store = openStore({ file: join(dataDir, 'portage.sqlite'), key });
    store.drafts.create('sipTrunkDids', {});
    store.close();
    rmSync(join(dataDir, databaseKeyFileName));
    expect(await failureOf(loadOrCreateDatabaseKey({ dataDir, cipher, acceptWeakProtection: never }))).toBe(
      'databaseKeyMissing',
    );
    expect(existsSync(join(dataDir, databaseKeyFileName))).toBe(false);
  });

  it('refuses a damaged key file', async () => {
    const dataDir = folder();
    writeFileSync(join(dataDir, databaseKeyFileName), '{"version":1,');
    expect(
      await failureOf(
        loadOrCreateDatabaseKey({ dataDir, cipher: createNodeCipher(), acceptWeakProtection: never }),
      ),
    ).toBe('databaseKeyUnreadable');
  });
});
