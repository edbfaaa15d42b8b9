// Opens Portage's one database file and wires the store's parts to it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createAttachments, type Attachments } from './attachments';
import { createDrafts, type Drafts } from './drafts';
import { createLineSecrets, type LineSecrets } from './line-secrets';
import { lineNumbersOf } from '../shared/domain/line-passwords';
import { backUpBeforeMigration } from './backups/backups';
import { checkDatabaseFile, openFailure } from './database-checks';
import { StoreError } from './errors';
import { createCheckpointer } from './checkpointer';
import { applyKey, encryptInPlace, isClearDatabase, keyPragmas } from './encryption';
import { migrations as allMigrations, type Migration } from './migrations/index';
import { runMigrations } from './migrations/run-migrations';
import { createReferenceCache, type ReferenceCache } from './reference-cache';
import { createSettings, type Settings } from './settings';
import { attachedShas, createSignatures, type Signatures } from './signatures';
import { createTransfer, type Transfer } from './transfer';

export interface StoreOptions {
  file: string;
  clock?: () => Date;
  /** Tests only: a different migration list (e.g. to check a database from a newer version). */
  migrations?: readonly Migration[];
  /**
   * The 32-byte database key (encryption.ts). With a key, the file, its WAL and its backups are
   * encrypted, and a clear file is encrypted in place first. Without one (tools and tests of other
   * parts), the file is in clear.
   */
  key?: Uint8Array;
  /**
   * The backups folder (backups/backup-files.ts). With one, a database is backed up there before it is
   * migrated, and a missing or empty file beside backups is refused as damage rather than started afresh.
   */
  backupsFolder?: string;
  /** Skip the quick_check at opening: the file was just checked (a backup being restored). */
  skipIntegrityCheck?: boolean;
  /** Where a failed backup before migrating is reported (the migration still runs). */
  log?: (line: string) => void;
}

export interface Store {
  /** The connection, for other services' tables (the outbox's, through their own migrations). */
  readonly db: Database.Database;
  readonly drafts: Drafts;
  /** Line passwords as ciphertext (the secrets layer encrypts and decrypts them). */
  readonly lineSecrets: LineSecrets;
  readonly attachments: Attachments;
  /** The audit trail of the documents Portage prepared and had signed (migration 010). */
  readonly signatures: Signatures;
  readonly referenceCache: ReferenceCache;
  readonly settings: Settings;
  readonly transfer: Transfer;
  /**
   * Runs `fn` in one transaction committed with synchronous=FULL: the WAL is fsynced before the commit
   * returns. Autosave runs at synchronous=NORMAL, which survives any crash of the app (the commit is in
   * the OS's hands) but may lose the last commits if the computer loses power before the next
   * checkpoint; for a draft that is at worst a few seconds of typing, still on screen. Submission is
   * different: once the carrier may have received a request, forgetting that we sent it (or the ticket
   * it answered) would send the port twice or lose track of it. So everything tied to submission goes
   * through here. Must not be called inside another transaction (SQLite cannot change the level there).
   */
  durably<T>(fn: () => T): T;
  /**
   * Asks for the WAL to be copied into the database soon, in a worker thread (checkpointer.ts); returns
   * at once. Long writing work calls it between slices, so the WAL never grows to the automatic
   * checkpoint's size, which would copy it all at once inside a commit, on the main thread.
   */
  checkpointSoon(): void;
  close(): void;
}

/** The database's file name in the data folder. */
export const databaseFileName = 'portage.sqlite';

const autoCheckpointPages = 8000;
const journalSizeLimitBytes = 64 * 1024 * 1024;

function refuseUnreadableOrNewer(db: Database.Database, supported: number): void {
  let found: number;
  try {
    found = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError('databaseUnreadable', {}, { cause: error });
    }
    throw error;
  }
  if (found > supported) throw new StoreError('databaseFromNewerVersion', { found, supported });
}
const checkpointEveryMs = 30_000;

/** Before migrating a database that has data: a backup, so an update that goes wrong loses nothing. */
function backUpIfMigrating(db: Database.Database, options: StoreOptions, latest: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (!options.backupsFolder || current === 0 || current >= latest) return;
  const made = backUpBeforeMigration({
    file: options.file,
    folder: options.backupsFolder,
    ...(options.key ? { key: options.key } : {}),
    clock: options.clock ?? (() => new Date()),
    supportedVersion: latest,
  });
  if (!made) options.log?.(`backup before migrating from version ${current} failed`);
}

export function openStore(options: StoreOptions): Store {
  const clock = options.clock ?? (() => new Date());
  const migrations = options.migrations ?? allMigrations;
  let db: Database.Database;
  try {
    mkdirSync(dirname(options.file), { recursive: true });
    if (options.key && isClearDatabase(options.file)) encryptInPlace(options.file, options.key);
    // Every refusal happens here, through a read-only connection, before anything is written.
    checkDatabaseFile({
      file: options.file,
      ...(options.key ? { key: options.key } : {}),
      supportedVersion: migrations.length,
      ...(options.backupsFolder ? { backupsFolder: options.backupsFolder } : {}),
      ...(options.skipIntegrityCheck ? { skipIntegrityCheck: true } : {}),
    });
    db = new Database(options.file);
  } catch (error) {
    throw openFailure(error, options.file);
  }
  try {
    if (options.key) applyKey(db, options.key);
    // Read before anything is written: a wrong key or a damaged file fails here, and a database from a
    // newer Portage is refused here, with the file exactly as it was (not even switched to WAL).
    refuseUnreadableOrNewer(db, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 32 MB of page cache: searching and listing 100,000 drafts stays in memory.
    db.pragma('cache_size = -32000');
    // Checkpoints copy the WAL into the database and fsync both. They run in a worker thread, on a timer
    // and between the slices of long work (checkpointer.ts), off the autosave path; the automatic one is
    // only a backstop (about 32 MB of WAL).
    db.pragma(`wal_autocheckpoint = ${autoCheckpointPages}`);
    // A checkpoint truncates the WAL back to this size, so one large write does not leave it huge.
    db.pragma(`journal_size_limit = ${journalSizeLimitBytes}`);
    // Deleted rows are overwritten with zeros, so a purged draft cannot be read back from free pages.
    db.pragma('secure_delete = ON');
    backUpIfMigrating(db, options, migrations.length);
    runMigrations(db, migrations);
  } catch (error) {
    db.close();
    throw openFailure(error, options.file);
  }

  const attachments = createAttachments({ db, clock });
  const lineSecrets = createLineSecrets(db);
  const signatures = createSignatures(db);
  const drafts = createDrafts({
    db,
    clock,
    collectAttachments: (now) => attachments.collectGarbage(now),
    // A copy holds the same lines, so it gets their passwords (still encrypted); and the same signed
    // documents, so their signatures go with them (a copy whose customer changes has them out of date).
    onDuplicated: (sourceId, copy) => {
      lineSecrets.copy(sourceId, copy.id, lineNumbersOf(copy.data));
      signatures.copy(sourceId, copy.id, attachedShas(copy.data));
    },
  });
  const referenceCache = createReferenceCache(db);
  const settings = createSettings(db);
  const checkpointer = createCheckpointer({
    db,
    file: options.file,
    keyPragmas: options.key ? keyPragmas(options.key) : [],
  });
  const transfer = createTransfer({ db, drafts, attachments, clock, checkpoint: checkpointer.soon });
  const checkpoints = setInterval(checkpointer.soon, checkpointEveryMs);
  checkpoints.unref();

  return {
    db,
    drafts,
    lineSecrets,
    attachments,
    signatures,
    referenceCache,
    settings,
    transfer,
    durably<T>(fn: () => T): T {
      if (db.inTransaction) throw new StoreError('invalidInput', { field: 'durably' });
      db.pragma('synchronous = FULL');
      try {
        return db.transaction(fn).immediate();
      } finally {
        db.pragma('synchronous = NORMAL');
      }
    },
    checkpointSoon: checkpointer.soon,
    close() {
      clearInterval(checkpoints);
      // The worker's connection first: the app's, closed last, folds the WAL in and removes it.
      checkpointer.close();
      if (db.open) db.close();
    },
  };
}
