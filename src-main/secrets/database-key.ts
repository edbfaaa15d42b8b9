// The key that encrypts the database (src-main/store/encryption.ts): 32 random bytes made on first start and
// kept only wrapped by the operating system's key store (Electron's safeStorage: Keychain, DPAPI,
// libsecret), as Signal Desktop does. The wrapped key sits in `portage.key` beside the database; without
// the key store that wrapped it, the file is useless. Where the key store is weak or missing (Linux with
// no keyring), the dealer is told and chooses: keep the key only obfuscated, or stop.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Failure } from '../shared/domain/failure';
import { databaseFileName } from '../store';
import { isClearDatabase } from '../store/encryption';
import type { Cipher } from './cipher';

export const databaseKeyFileName = 'portage.key';
const keyBytes = 32;

/**
 * - secure: wrapped by the OS key store;
 * - weak: wrapped by an obfuscating store (Linux basic_text), or kept as it is where no store exists,
 *   because the dealer chose that over not starting.
 */
export type KeyProtection = 'secure' | 'weak';

const keyFileSchema = z
  .object({
    version: z.literal(1),
    protection: z.enum(['secure', 'weak']),
    /** base64 of the wrapped key (or of the key itself when no key store exists). */
    wrapped: z.base64(),
    wrappedBy: z.enum(['cipher', 'none']),
  })
  .strict();

export interface DatabaseKey {
  key: Buffer;
  protection: KeyProtection;
}

export interface DatabaseKeyOptions {
  dataDir: string;
  cipher: Cipher;
  /**
   * Asked once, on first start, when the key store cannot truly protect the key: true keeps the key with
   * the weaker protection; false stops (Failure `keyProtectionRefused`). The app asks with a native dialog.
   */
  acceptWeakProtection: () => Promise<boolean>;
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

function readKey(path: string, cipher: Cipher): DatabaseKey {
  let parsed;
  try {
    parsed = keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Failure('databaseKeyUnreadable', {}, { cause: error });
  }
  let key: Buffer;
  try {
    const wrapped = Buffer.from(parsed.wrapped, 'base64');
    key =
      parsed.wrappedBy === 'cipher'
        ? Buffer.from(cipher.decrypt(new Uint8Array(wrapped)), 'base64')
        : wrapped;
  } catch (error) {
    throw new Failure('databaseKeyUnreadable', {}, { cause: error });
  }
  if (key.length !== keyBytes) throw new Failure('databaseKeyUnreadable');
  return { key, protection: parsed.protection };
}

/**
 * The database key if `portage.key` exists, else null; never makes one. For the recovery at start, which
 * must not make a new key beside data encrypted with the old one. Throws databaseKeyUnreadable.
 */
export function readDatabaseKey(options: Pick<DatabaseKeyOptions, 'dataDir' | 'cipher'>): DatabaseKey | null {
  const path = join(options.dataDir, databaseKeyFileName);
  return existsSync(path) ? readKey(path, options.cipher) : null;
}

/** The database key: read from `portage.key`, or made and saved there on first start. */
export async function loadOrCreateDatabaseKey(options: DatabaseKeyOptions): Promise<DatabaseKey> {
  const path = join(options.dataDir, databaseKeyFileName);
  if (existsSync(path)) return readKey(path, options.cipher);
  // An encrypted database with no key beside it: a new key would never open it. Say so; make nothing.
  const database = join(options.dataDir, databaseFileName);
  if (existsSync(database) && statSync(database).size > 0 && !isClearDatabase(database)) {
    throw new Failure('databaseKeyMissing');
  }

  const status = options.cipher.status();
  if (status !== 'secure' && !(await options.acceptWeakProtection())) {
    throw new Failure('keyProtectionRefused');
  }
  const key = randomBytes(keyBytes);
  const wrappedBy = status === 'unavailable' ? 'none' : 'cipher';
  const wrapped =
    wrappedBy === 'cipher' ? Buffer.from(options.cipher.encrypt(key.toString('base64'))) : Buffer.from(key);
  const protection: KeyProtection = status === 'secure' ? 'secure' : 'weak';
  writeAtomically(
    path,
    JSON.stringify({ version: 1, protection, wrapped: wrapped.toString('base64'), wrappedBy }),
  );
  return { key, protection };
}
