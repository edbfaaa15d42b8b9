// What the app's start needs when the services could not be built on the dealer's data: the plan (which
// failure, which choices: src-main/store/recovery/plan.ts decides), the means to carry a choice out, and
// the round of asking until the data opens or the dealer quits (openWithRecovery). Wires the store's
// recovery parts to the key (read, never made, until the dealer starts fresh), the backups and the
// outbox's tracking history; src-main/app only shows the dialogs.
import { join } from 'node:path';
import type { Clock } from '../carrier/clock';
import type { Services } from './services';
import { createTransferHistory } from '../outbox/transfer-history';
import type { Cipher } from '../secrets/cipher';
import { databaseKeyFileName, loadOrCreateDatabaseKey, readDatabaseKey } from '../secrets/database-key';
import type { BackupInfo } from '../shared/domain/backups';
import { databaseFileName } from '../store';
import { backupsFolderName, type BackupFile } from '../store/backups/backup-files';
import { createBackups } from '../store/backups/backups';
import { migrations } from '../store/migrations';
import { createEmptyDatabase } from '../store/recovery/fresh-start';
import {
  recoveryOffer,
  setAsideWithDatabase,
  startFailureOf,
  type RecoveryChoice,
  type RecoveryOffer,
} from '../store/recovery/plan';
import { putBackupInPlace } from '../store/recovery/restore';
import { salvageDrafts } from '../store/recovery/salvage';
import { setAside } from '../store/recovery/set-aside';

export type { RecoveryChoice, StartFailure } from '../store/recovery/plan';

export interface StartupRecoveryOptions {
  dataDir: string;
  cipher: Cipher;
  clock: Clock;
  acceptWeakKeyProtection?: () => Promise<boolean>;
}

export interface RecoveryPlan extends RecoveryOffer {
  /** The backup a restore brings back (the newest that passed its check), or null. */
  backup: BackupInfo | null;
  dataFolder: string;
}

export type RecoveryOutcome =
  | { choice: 'restoreBackup'; restored: BackupInfo }
  | { choice: 'startFresh'; setAside: string | null }
  | { choice: 'exportReadable'; saved: number; unreadable: number; written: boolean };

/** The app's save dialog: writes `content` where the dealer chooses; false when cancelled. */
export type SaveExport = (content: Uint8Array, defaultName: string) => Promise<boolean>;

export interface StartupRecovery {
  /** null: nothing to ask (the dealer already chose to quit). */
  plan(error: unknown): Promise<RecoveryPlan | null>;
  /** Carries out a choice of the plan other than quit. Throws a Failure when it could not. */
  carryOut(
    plan: RecoveryPlan,
    choice: Exclude<RecoveryChoice, 'quit'>,
    save: SaveExport,
  ): Promise<RecoveryOutcome>;
}

export function startupRecovery(options: StartupRecoveryOptions): StartupRecovery {
  const file = join(options.dataDir, databaseFileName);
  const keyFile = join(options.dataDir, databaseKeyFileName);
  const clock = (): Date => new Date(options.clock.now());
  let planned: BackupFile | null = null;

  const keyIfReadable = (): Uint8Array | null => {
    try {
      return readDatabaseKey(options)?.key ?? null;
    } catch {
      return null;
    }
  };

  async function latestGoodBackup(): Promise<BackupFile | null> {
    const key = keyIfReadable();
    if (!key) return null;
    const folder = join(options.dataDir, backupsFolderName);
    return createBackups({ file, folder, key, clock, supportedVersion: migrations.length }).latestGood();
  }

  return {
    async plan(error) {
      const failure = startFailureOf(error);
      if (failure === null) return null;
      planned = await latestGoodBackup();
      const backup = planned && {
        id: planned.id,
        createdAt: planned.createdAt,
        bytes: planned.bytes,
        reason: planned.reason,
      };
      return {
        ...recoveryOffer(failure, { goodBackup: planned !== null }),
        backup,
        dataFolder: options.dataDir,
      };
    },

    async carryOut(plan, choice, save) {
      if (choice === 'restoreBackup') {
        if (!planned || !plan.backup) throw new Error('no backup was planned');
        await putBackupInPlace(file, planned.path, clock());
        return { choice, restored: plan.backup };
      }
      if (choice === 'startFresh') {
        const aside = setAside(file, {
          reason: plan.failure,
          now: clock(),
          extra: setAsideWithDatabase(plan.failure, keyFile),
        });
        const { key } = await loadOrCreateDatabaseKey({
          dataDir: options.dataDir,
          cipher: options.cipher,
          acceptWeakProtection: options.acceptWeakKeyProtection ?? (async () => true),
        });
        createEmptyDatabase({ file, key, clock });
        return { choice, setAside: aside };
      }
      const key = keyIfReadable();
      const salvage = salvageDrafts({
        file,
        clock,
        ...(key ? { key } : {}),
        historyFor: createTransferHistory,
      });
      const content = new TextEncoder().encode(JSON.stringify(salvage.bundle));
      const date = clock().toISOString().slice(0, 10);
      const written = await save(content, `portage-recovered-${date}.portage.json`);
      return { choice, saved: salvage.saved, unreadable: salvage.unreadable, written };
    },
  };
}

/** How the last choice went, for the next dialog to say first; null before the first. */
export type LastAttempt = RecoveryOutcome | { choice: RecoveryChoice; failed: unknown } | null;

export interface OpenWithRecoveryOptions extends StartupRecoveryOptions {
  /** The app's dialog: shows the plan (and how the last choice went), answers the dealer's choice. */
  ask(plan: RecoveryPlan, last: LastAttempt): Promise<RecoveryChoice>;
  save: SaveExport;
  log: (line: string) => void;
}

/**
 * Opens the services, asking the dealer what to do each time their data cannot be opened, and doing it.
 * Answers null when they chose to quit (or had already chosen to, rather than keep the key weakly protected).
 */
export async function openWithRecovery(
  open: () => Promise<Services>,
  options: OpenWithRecoveryOptions,
): Promise<Services | null> {
  const recovery = startupRecovery(options);
  let last: LastAttempt = null;
  for (;;) {
    try {
      return await open();
    } catch (error) {
      options.log(
        `Portage could not open its data: ${error instanceof Error ? error.message : typeof error}`,
      );
      const plan = await recovery.plan(error);
      if (!plan) return null;
      const choice = await options.ask(plan, last);
      if (choice === 'quit') return null;
      try {
        last = await recovery.carryOut(plan, choice, options.save);
      } catch (failed) {
        last = { choice, failed };
      }
    }
  }
}
