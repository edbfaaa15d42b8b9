// Automatic rotating backups of the database: one a day (looked at every hour while the app runs), one
// before each migration (store.ts, at start), and one whenever the dealer asks; the newest 7 are kept.
// Each is a `VACUUM INTO` copy made in a worker thread from a read-only connection of its own
// (database-task.ts), so the dealer keeps working meanwhile; it is encrypted with the database's key,
// checked (quick_check) under a `.partial` name, and only then renamed into the list. One backup, check or
// restore runs at a time.
import { renameSync, rmSync } from 'node:fs';
import type { BackupReason } from '../../shared/domain/backups';
import { keyPragmas } from '../encryption';
import { StoreError } from '../errors';
import { keptBackups, listBackupFiles, newBackupPath, rotateBackups, type BackupFile } from './backup-files';
import { runDatabaseTask, runDatabaseTaskHere, type TaskAnswer } from './database-task';

export const backupDueAfterMs = 24 * 60 * 60 * 1000;
export const backupCheckEveryMs = 60 * 60 * 1000;

export interface BackupsOptions {
  /** The database file. */
  file: string;
  /** The backups folder (backup-files.ts: beside the database). */
  folder: string;
  /** The database key; without one (tools, tests of other parts) backups are as clear as the database. */
  key?: Uint8Array;
  clock: () => Date;
  /** The newest schema version this Portage reads: a backup from a newer one is not restored. */
  supportedVersion: number;
  log?: (line: string) => void;
  keep?: number;
  checkEveryMs?: number;
}

export interface Backups {
  /** Newest first. */
  list(): BackupFile[];
  backUp(reason: BackupReason): Promise<BackupFile>;
  /** The daily backup, when the newest backup is a day old or there is none. */
  backUpIfDue(): Promise<BackupFile | null>;
  /** The backup, once checked readable, whole and not from a newer Portage; else StoreError backupUnusable. */
  check(id: string): Promise<BackupFile>;
  /** The newest backup that passes `check`, or null. */
  latestGood(): Promise<BackupFile | null>;
  /** Runs `work` when no backup, check or other exclusive work is running, and holds them off meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Backs up now if due, then looks again every hour. */
  startSchedule(): void;
  /** No new run starts; waits for one under way. */
  stop(): Promise<void>;
}

/** Takes a `.partial` backup the task answered for into the list, or removes it. */
function settleBackup(answer: TaskAnswer, paths: { final: string; partial: string }): void {
  if (!answer.ok) {
    rmSync(paths.partial, { force: true });
    throw new StoreError('backupFailed', { reason: answer.code });
  }
  renameSync(paths.partial, paths.final);
}

/**
 * The backup made before migrating, on the calling thread: at start, before any window exists, so there is
 * nothing to freeze. Answers false (and removes any partial file) when it could not be made.
 */
export function backUpBeforeMigration(options: BackupsOptions): boolean {
  const paths = newBackupPath(options.folder, options.clock(), 'migration');
  const pragmas = options.key ? keyPragmas(options.key) : [];
  try {
    settleBackup(
      runDatabaseTaskHere({
        kind: 'backup',
        source: options.file,
        target: paths.partial,
        keyPragmas: pragmas,
      }),
      paths,
    );
    rotateBackups(options.folder, options.keep ?? keptBackups);
    return true;
  } catch {
    rmSync(paths.partial, { force: true });
    return false;
  }
}

export function createBackups(options: BackupsOptions): Backups {
  const log = options.log ?? (() => undefined);
  const pragmas = options.key ? keyPragmas(options.key) : [];
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  const list = (): BackupFile[] => listBackupFiles(options.folder);

  function noteWhereItRan(answer: TaskAnswer): void {
    // Worth knowing: the worker could not load the driver, so this ran on the main thread.
    if (answer.ranOn === 'main')
      log('backup task ran on the main thread: the worker could not load the driver');
  }

  async function backUpNow(reason: BackupReason): Promise<BackupFile> {
    const paths = newBackupPath(options.folder, options.clock(), reason);
    const answer = await runDatabaseTask({
      kind: 'backup',
      source: options.file,
      target: paths.partial,
      keyPragmas: pragmas,
    });
    noteWhereItRan(answer);
    settleBackup(answer, paths);
    rotateBackups(options.folder, options.keep ?? keptBackups);
    const made = list().find((backup) => backup.path === paths.final);
    if (!made) throw new StoreError('backupFailed', { reason: 'missing' });
    return made;
  }

  async function checkNow(id: string): Promise<BackupFile> {
    const backup = list().find((candidate) => candidate.id === id);
    if (!backup) throw new StoreError('notFound', { id });
    const answer = await runDatabaseTask({ kind: 'check', file: backup.path, keyPragmas: pragmas });
    noteWhereItRan(answer);
    if (!answer.ok) throw new StoreError('backupUnusable', { reason: answer.problem });
    if (answer.userVersion > options.supportedVersion) {
      throw new StoreError('backupUnusable', { reason: 'newer' });
    }
    return backup;
  }

  function due(): boolean {
    const newest = list()[0];
    if (!newest) return true;
    // Either way round: a clock set back by a day must not stop the daily backups for good.
    return Math.abs(options.clock().getTime() - Date.parse(newest.createdAt)) >= backupDueAfterMs;
  }

  function dailyRun(): void {
    if (stopped) return;
    exclusive(async () => (!stopped && due() ? backUpNow('daily') : null)).catch((error: unknown) =>
      log(`daily backup failed: ${error instanceof StoreError ? JSON.stringify(error.params) : 'error'}`),
    );
  }

  return {
    list,
    backUp: (reason) => exclusive(() => backUpNow(reason)),
    backUpIfDue: () => exclusive(async () => (due() ? backUpNow('daily') : null)),
    check: (id) => exclusive(() => checkNow(id)),
    latestGood: () =>
      exclusive(async () => {
        for (const backup of list()) {
          try {
            return await checkNow(backup.id);
          } catch {
            // Damaged, unreadable or newer: the one before it, then.
          }
        }
        return null;
      }),
    exclusive,
    startSchedule() {
      if (timer || stopped) return;
      dailyRun();
      timer = setInterval(dailyRun, options.checkEveryMs ?? backupCheckEveryMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await queue;
    },
  };
}
