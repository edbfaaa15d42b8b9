// Wires the database and its backups together for the composition root: the store opens with its backups
// folder (a backup before migrating; a missing file beside backups refused as damage), the backups service
// copies the same file under the same key, and the IPC handlers reach both through one BackupControl.
import { join } from 'node:path';
import type { BackupControl } from '../ipc/handlers/deps';
import type { RestoreResult } from '../shared/domain/backups';
import { databaseFileName, openStore, type Store } from '../store';
import { backupsFolderName } from '../store/backups/backup-files';
import { createBackups, type Backups } from '../store/backups/backups';
import { StoreError } from '../store/errors';
import { migrations } from '../store/migrations';

export interface StoreWithBackupsOptions {
  dataDir: string;
  key: Uint8Array;
  clock: () => Date;
  log: (line: string) => void;
  skipIntegrityCheck: boolean;
}

export function openStoreWithBackups(options: StoreWithBackupsOptions): { store: Store; backups: Backups } {
  const file = join(options.dataDir, databaseFileName);
  const folder = join(options.dataDir, backupsFolderName);
  const store = openStore({
    file,
    clock: options.clock,
    key: options.key,
    backupsFolder: folder,
    skipIntegrityCheck: options.skipIntegrityCheck,
    log: options.log,
  });
  const backups = createBackups({
    file,
    folder,
    key: options.key,
    clock: options.clock,
    supportedVersion: migrations.length,
    log: options.log,
  });
  return { store, backups };
}

/** What the IPC handlers may do with backups. A restore needs the app's help (restorable-services.ts). */
export function backupControl(
  backups: Backups,
  restore: ((id: string) => Promise<RestoreResult>) | undefined,
): BackupControl {
  return {
    list: () => backups.list(),
    create: () => backups.backUp('manual'),
    async restore(id) {
      if (!backups.list().some((backup) => backup.id === id)) throw new StoreError('notFound', { id });
      if (!restore) throw new StoreError('restoreFailed');
      return restore(id);
    },
  };
}
