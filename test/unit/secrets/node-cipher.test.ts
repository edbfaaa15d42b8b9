import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { createNodeCipher, createUnavailableCipher } from '../../../src-main/secrets/node-cipher';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the Node AES-256-GCM cipher', () => {
  test('decrypts what it encrypted, for any text', () => {
    const cipher = createNodeCipher();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (plain) => {
        expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
      }),
    );
  });

  test('the ciphertext does not contain the password and differs every time', () => {
    const cipher = createNodeCipher();
    const password = 'Tr0ub4dor&3-mot-de-passe';
    const first = cipher.encrypt(password);
    const second = cipher.encrypt(password);
    expect(Buffer.from(first).includes(Buffer.from(password))).toBe(false);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  test('a damaged ciphertext or another key fails without echoing anything', () => {
    const cipher = createNodeCipher();
    const bytes = cipher.encrypt('secret-password');
    const damaged = new Uint8Array(bytes);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] ?? 0) ^ 0xff;
    expect(() => cipher.decrypt(damaged)).toThrow(/could not be decrypted/);
    expect(() => createNodeCipher().decrypt(bytes)).toThrow(/could not be decrypted/);
    expect(() => cipher.decrypt(new Uint8Array([9, 9, 9]))).toThrow(/unknown format/);
  });

  test('a key file is created private and reused', () => {
    const folder = mkdtempSync(join(tmpdir(), 'portage-key-'));
    folders.push(folder);
    const keyFile = join(folder, 'sub', 'key.bin');
    const bytes = createNodeCipher({ keyFile }).encrypt('kept across restarts');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile).length).toBe(32);
    expect(createNodeCipher({ keyFile }).decrypt(bytes)).toBe('kept across restarts');
  });

  test('reports the status it was given; the unavailable cipher refuses to work', () => {
    expect(createNodeCipher().status()).toBe('secure');
    expect(createNodeCipher({ reportStatus: 'weak' }).status()).toBe('weak');
    const none = createUnavailableCipher();
    expect(none.status()).toBe('unavailable');
    expect(() => none.encrypt('x')).toThrow();
  });
});
