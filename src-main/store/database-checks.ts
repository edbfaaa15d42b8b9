// What is at the database's path, looked at before the store opens it for writing: nothing (a first
// start), or a database this Portage can use. Everything else is refused with the StoreError that says
// which (the start's recovery dialog offers what fits each: src-main/store/recovery/plan.ts), and with the
// file exactly as it was: the checks read through a read-only connection, which never writes the file and
// never checkpoints a WAL into it.
import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { listBackupFiles } from './backups/backup-files';
import { applyKey } from './encryption';
import { StoreError } from './errors';

export interface DatabaseCheckOptions {
  file: string;
  key?: Uint8Array;
  /** The number of migrations this Portage knows: a higher user_version is a newer Portage's database. */
  supportedVersion: number;
  /** Where backups would be: with backups there, a missing or empty file is damage, not a first start. */
  backupsFolder?: string;
  /** Skip quick_check (the file was checked just before, e.g. a backup being restored). */
  skipIntegrityCheck?: boolean;
}

function folderWritable(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The StoreError for what SQLite or the file system threw while reading or opening the database. */
export function openFailure(error: unknown, file: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const reason: Record<string, string> = code === '' ? {} : { reason: code };
  if (code === 'SQLITE_NOTADB') return new StoreError('databaseUnreadable', {}, { cause: error });
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError('databaseDamaged', {}, { cause: error });
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError('databaseReadOnly', reason, { cause: error });
  }
  if (code === 'SQLITE_CANTOPEN' && !folderWritable(file)) {
    return new StoreError('databaseReadOnly', reason, { cause: error });
  }
  return new StoreError('storage', reason, { cause: error });
}

/** Removes the -wal and -shm a read-only connection left beside a database that had none. */
function tidyAfterReading(file: string, hadCompanions: boolean): void {
  if (hadCompanions) return;
  try {
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return;
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  } catch {
    // A read-only folder: they could not have been made there either.
  }
}

function readChecks(db: Database.Database, options: DatabaseCheckOptions): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  if (found > options.supportedVersion) {
    throw new StoreError('databaseFromNewerVersion', { found, supported: options.supportedVersion });
  }
  if (options.skipIntegrityCheck) return;
  // quick_check reads every page (each one's checksum under SQLCipher), without the slower index checks.
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw new StoreError('databaseDamaged');
}

/**
 * 'new' when there is nothing at the path and no backups (a first start); 'existing' when the file is a
 * database this Portage can open. Otherwise throws: databaseNotAFile, databaseMissing (missing or empty
 * beside backups), databaseUnreadable, databaseDamaged, databaseFromNewerVersion, databaseReadOnly, storage.
 */
export function checkDatabaseFile(options: DatabaseCheckOptions): 'new' | 'existing' {
  const { file } = options;
  let size: number | null = null;
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new StoreError('databaseNotAFile');
    size = info.size;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw openFailure(error, file);
  }
  if (size === null || size === 0) {
    const backups = options.backupsFolder ? listBackupFiles(options.backupsFolder) : [];
    if (backups.length > 0) throw new StoreError('databaseMissing', { empty: size === 0 ? 1 : 0 });
    return 'new';
  }
  const hadCompanions = existsSync(`${file}-wal`) || existsSync(`${file}-shm`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (options.key) applyKey(db, options.key);
    readChecks(db, options);
  } catch (error) {
    throw openFailure(error, file);
  } finally {
    db?.close();
    tidyAfterReading(file, hadCompanions);
  }
  return 'existing';
}
