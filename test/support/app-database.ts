// Opens the app's database the way the app does: its key from `portage.key`, unwrapped by the same key
// store (cipher) the app was given, then SQLCipher with that key. For tests that look inside what the app
// wrote; read-only unless asked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Cipher } from '../../src-main/secrets/cipher';
import { databaseKeyFileName } from '../../src-main/secrets/database-key';
import { databaseFileName } from '../../src-main/store';
import { applyKey } from '../../src-main/store/encryption';

export function databaseKeyOf(dataDir: string, cipher: Cipher): Buffer {
  const file = JSON.parse(readFileSync(join(dataDir, databaseKeyFileName), 'utf8')) as {
    wrapped: string;
    wrappedBy: 'cipher' | 'none';
  };
  const wrapped = Buffer.from(file.wrapped, 'base64');
  return file.wrappedBy === 'cipher'
    ? Buffer.from(cipher.decrypt(new Uint8Array(wrapped)), 'base64')
    : wrapped;
}

export function openAppDatabase(
  dataDir: string,
  cipher: Cipher,
  options: { readonly?: boolean } = {},
): Database.Database {
  const db = new Database(join(dataDir, databaseFileName), { readonly: options.readonly ?? true });
  applyKey(db, databaseKeyOf(dataDir, cipher));
  return db;
}
