// Restoring a backup: the current database (whatever state it is in) is set aside, never deleted, and a
// copy of the backup takes its place. Used at start, from the recovery dialog (the app is not open yet),
// and while the app runs, from Settings (the store is closed around the swap and opened again; if the
// restored copy will not open, the dealer's data goes back exactly as it was).
import { copyFile } from 'node:fs/promises';
import { renameSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { BackupInfo, RestoreResult } from '../../shared/domain/backups';
import { StoreError } from '../errors';
import { fsyncFile, type BackupFile } from '../backups/backup-files';
import type { Backups } from '../backups/backups';
import { putBack, setAside } from './set-aside';

/**
 * Sets the database aside and copies the backup in its place (copied, so the backup stays in the list).
 * Answers the set-aside folder (null when there was no database). Nothing changes if the copy fails.
 */
export async function putBackupInPlace(file: string, backupPath: string, now: Date): Promise<string | null> {
  const incoming = `${file}.restoring`;
  rmSync(incoming, { force: true });
  try {
    // Copied next to the database first, so the database is only replaced by a whole, flushed file.
    await copyFile(backupPath, incoming);
    fsyncFile(incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw new StoreError('restoreFailed', {}, { cause: error });
  }
  let aside: string | null;
  try {
    aside = setAside(file, { reason: 'before-restore', now });
  } catch (error) {
    rmSync(incoming, { force: true });
    throw new StoreError('restoreFailed', {}, { cause: error });
  }
  renameSync(incoming, file);
  return aside;
}

export interface RestoreWhileRunningOptions {
  backups: Backups;
  id: string;
  file: string;
  now: () => Date;
  /** Stops everything that uses the database and closes it. */
  close(): Promise<void>;
  /** Opens the database and everything on it again; `checked`: the file was just checked whole. */
  reopen(checked: boolean): Promise<void>;
}

function infoOf(backup: BackupFile): BackupInfo {
  return { id: backup.id, createdAt: backup.createdAt, bytes: backup.bytes, reason: backup.reason };
}

/** Restores backup `id` under the running app. Throws notFound, backupUnusable or restoreFailed. */
export async function restoreWhileRunning(options: RestoreWhileRunningOptions): Promise<RestoreResult> {
  // Checked before anything stops: an unusable backup is refused with the app running as it was.
  const backup = await options.backups.check(options.id);
  await options.close();
  let aside: string | null;
  try {
    aside = await putBackupInPlace(options.file, backup.path, options.now());
  } catch (error) {
    await options.reopen(false);
    throw error;
  }
  try {
    await options.reopen(true);
  } catch (error) {
    if (aside) putBack(aside, options.file);
    else rmSync(options.file, { force: true });
    await options.reopen(false);
    throw new StoreError('restoreFailed', {}, { cause: error });
  }
  return { restored: infoOf(backup), setAside: aside ? relative(dirname(options.file), aside) : '' };
}
