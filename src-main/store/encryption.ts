// The database is encrypted at rest, Signal Desktop's way: SQLCipher 4 pages (better-sqlite3-multiple-ciphers,
// cipher `sqlcipher`, legacy 4) under a random 256-bit key that only the operating system's key store holds
// (see src-main/secrets/database-key.ts). The WAL and every backup made from the connection are encrypted
// with it too. A database written before encryption existed is encrypted in place on first start, with a
// verified clear copy kept until the encrypted file has been checked.
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError, asStoreError } from './errors';

export const databaseKeyBytes = 32;

/** The first 16 bytes of every unencrypted SQLite file. */
const clearHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * The pragmas that set the cipher and the key, in order. Also run by the backup and checkpoint workers
 * (backups/database-task-body.ts, checkpoint-worker.ts), given them as data.
 */
export function keyPragmas(key: Uint8Array): string[] {
  if (key.length !== databaseKeyBytes) throw new StoreError('invalidInput', { field: 'key' });
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${Buffer.from(key).toString('hex')}'"`];
}

/** Sets the cipher and the key on a connection just opened, before it reads anything. */
export function applyKey(db: Database.Database, key: Uint8Array): void {
  for (const pragma of keyPragmas(key)) db.pragma(pragma);
}

/** Whether `file` is an SQLite database in clear (an encrypted one starts with random-looking bytes). */
export function isClearDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const info = statSync(file);
  // A folder at the database's path is not a database of any kind (database-checks.ts says so).
  if (!info.isFile() || info.size < clearHeader.length) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(clearHeader.length);
    readSync(fd, head, 0, head.length, 0);
    return head.equals(clearHeader);
  } finally {
    closeSync(fd);
  }
}

/** Row counts of every table: what the encrypted file must still hold. */
function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Overwrites a file with zeros before removing it, so the clear copy does not linger in its blocks. */
function shred(file: string): void {
  if (!existsSync(file)) return;
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length)
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
  } finally {
    closeSync(fd);
  }
  rmSync(file, { force: true });
}

/**
 * Encrypts a clear database file in place under `key`. A clear copy is made first and checked; the file
 * is then rekeyed, reopened with the key and checked again (integrity and every table's row count). Only
 * then is the clear copy shredded. If anything fails, the clear copy goes back in place and the error is
 * thrown: the dealer's data is never left half-converted.
 */
export function encryptInPlace(file: string, key: Uint8Array): void {
  const copy = `${file}.clear-copy`;
  let before: Record<string, number>;
  try {
    const clear = new Database(file);
    try {
      // Rekeying needs a rollback journal, and the WAL must be folded in first.
      clear.pragma('wal_checkpoint(TRUNCATE)');
      clear.pragma('journal_mode = DELETE');
      if (clear.pragma('quick_check', { simple: true }) !== 'ok') throw new StoreError('databaseDamaged');
      before = tableCounts(clear);
    } finally {
      clear.close();
    }
    copyFileSync(file, copy);
  } catch (error) {
    throw asStoreError(error);
  }
  try {
    const db = new Database(file);
    try {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
      db.pragma(`rekey = "x'${Buffer.from(key).toString('hex')}'"`);
    } finally {
      db.close();
    }
    const check = new Database(file);
    try {
      applyKey(check, key);
      if (check.pragma('quick_check', { simple: true }) !== 'ok') throw new StoreError('databaseDamaged');
      const after = tableCounts(check);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new StoreError('databaseDamaged');
    } finally {
      check.close();
    }
    if (isClearDatabase(file)) throw new StoreError('databaseDamaged');
  } catch (error) {
    copyFileSync(copy, file);
    rmSync(copy, { force: true });
    throw asStoreError(error);
  }
  shred(copy);
  for (const leftover of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) shred(leftover);
}
