// The backups folder on disk: where backups go, how they are named, listed and rotated. A backup is one
// encrypted SQLite file (same key as the database) named for the UTC time it was made and why
// (src-main/shared/domain/backups.ts). The name is the only record: no table inside the database lists
// them, because the database is what may be lost.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  backupIdPattern,
  backupReasons,
  type BackupInfo,
  type BackupReason,
} from '../../shared/domain/backups';

/** Beside the database, in the data folder. */
export const backupsFolderName = 'backups';
/** How many backups are kept: the newest ones, whatever made them. */
export const keptBackups = 7;

export interface BackupFile extends BackupInfo {
  path: string;
}

function stampOf(at: Date): string {
  // 2025-01-31T14:25:01.123Z → 20250131T142501123Z: sortable, and valid in every file system.
  return at.toISOString().replace(/[-:.]/g, '');
}

function timeOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : '';
}

export function backupName(at: Date, reason: BackupReason): string {
  return `portage-${stampOf(at)}-${reason}.sqlite`;
}

function isReason(value: string | undefined): value is BackupReason {
  return (backupReasons as readonly string[]).includes(value ?? '');
}

/** The backup a name stands for, or null when the name is not one of ours. */
export function parseBackupName(name: string): Omit<BackupInfo, 'bytes'> | null {
  const match = backupIdPattern.exec(name);
  const reason = match?.[2];
  const createdAt = timeOfStamp(match?.[1] ?? '');
  if (!match || !isReason(reason) || createdAt === '') return null;
  return { id: name, createdAt, reason };
}

/** Every finished backup in `folder`, newest first. Files still being written (`.partial`) are not listed. */
export function listBackupFiles(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const found: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(folder, name);
    try {
      const info = statSync(path);
      if (info.isFile()) found.push({ ...parsed, bytes: info.size, path });
    } catch {
      // Removed while listing: not a backup any more.
    }
  }
  return found.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * Where a new backup goes: a name no other backup has (two in the same millisecond get the next one),
 * and the `.partial` name it is written under until it has been checked.
 */
export function newBackupPath(
  folder: string,
  at: Date,
  reason: BackupReason,
): { final: string; partial: string } {
  mkdirSync(folder, { recursive: true });
  let time = at.getTime();
  let final = join(folder, backupName(new Date(time), reason));
  while (existsSync(final)) {
    time += 1;
    final = join(folder, backupName(new Date(time), reason));
  }
  return { final, partial: `${final}.partial` };
}

/** Removes all but the newest `keep` backups, and anything left half-written by an interrupted one. */
export function rotateBackups(folder: string, keep = keptBackups): void {
  for (const old of listBackupFiles(folder).slice(keep)) rmSync(old.path, { force: true });
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.partial')) rmSync(join(folder, name), { force: true });
  }
}

/** Makes a finished file's bytes durable before it is renamed into place. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
