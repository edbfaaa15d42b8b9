// Setting the dealer's data aside instead of deleting it: a damaged database the dealer starts afresh
// from, or the one a restore replaces, moves with its WAL and shared-memory files (the WAL can hold the
// last saves) into a folder of its own under `set-aside/` in the data folder. Portage never deletes what
// is there; it is the dealer's (or their technician's) to keep, send for repair, or remove.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const setAsideFolderName = 'set-aside';

/** The database file and what SQLite keeps beside it. */
export function databaseCompanions(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/**
 * Moves the database at `file` (a file, or whatever is at its path: a folder too), its companions and
 * `extra` files into `<data folder>/set-aside/<time>-<reason>/`. Answers that folder, or null when there
 * was nothing at all to move.
 */
export function setAside(
  file: string,
  options: { reason: string; now: Date; extra?: string[] },
): string | null {
  const present = [...databaseCompanions(file), ...(options.extra ?? [])].filter((path) => existsSync(path));
  if (present.length === 0) return null;
  const root = join(dirname(file), setAsideFolderName);
  let folder = join(root, `${stampOf(options.now)}-${options.reason}`);
  for (let n = 2; existsSync(folder); n += 1)
    folder = join(root, `${stampOf(options.now)}-${options.reason}-${n}`);
  mkdirSync(folder, { recursive: true });
  const moved: string[] = [];
  try {
    for (const path of present) {
      renameSync(path, join(folder, basename(path)));
      moved.push(path);
    }
  } catch (error) {
    // All or nothing: what was moved goes back, so the data folder is as it was.
    for (const path of moved) renameSync(join(folder, basename(path)), path);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return folder;
}

/** Undoes `setAside`: whatever is at the database's path now is removed, and the folder's files go back. */
export function putBack(folder: string, file: string): void {
  for (const path of databaseCompanions(file)) rmSync(path, { recursive: true, force: true });
  const target = dirname(file);
  for (const name of readdirSync(folder)) renameSync(join(folder, name), join(target, name));
  rmSync(folder, { recursive: true, force: true });
}
