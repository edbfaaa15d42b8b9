// The store's failures. Every failure the store can foresee (bad input, a conflict, a locked draft, a
// full or broken disk) is thrown as a StoreError: the domain's one Failure type with a store code, so the
// IPC layer answers the renderer with a translated message instead of a stack trace.
import { Failure, type FailureParams } from '../shared/domain/failure';
import type { Issue } from '../shared/domain/issue';

export const storeErrorCodes = [
  'notFound',
  'invalidInput',
  'invalidDraft',
  'revisionConflict',
  'draftLocked',
  'draftInTrash',
  'storage',
  'databaseFromNewerVersion',
  'databaseUnreadable',
  'databaseDamaged',
  // Backups and recovery (backups/, recovery/): a database file missing or empty beside backups, a folder
  // where the file should be, a data folder Portage may not write in; a backup that failed or cannot be used.
  'databaseMissing',
  'databaseNotAFile',
  'databaseReadOnly',
  'backupFailed',
  'backupUnusable',
  'restoreFailed',
  'attachmentTooLarge',
  'attachmentMissing',
  'attachmentCorrupt',
  'invalidImport',
  'draftTooLarge',
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

export type StoreErrorParams = FailureParams;

/** One problem in a payload, in the shape every layer reports (the domain's Issue). */
export type StoreIssue = Issue;

/** The domain's Failure, narrowed to the codes the store can throw. */
export class StoreError extends Failure<StoreErrorCode> {
  override readonly name = 'StoreError';

  constructor(
    code: StoreErrorCode,
    params: StoreErrorParams = {},
    options?: { cause?: unknown; issues?: StoreIssue[] },
  ) {
    super(code, params, options);
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/**
 * Runs `fn` and turns anything SQLite or the file system throws into a StoreError `storage`,
 * so a full disk or a read-only file reaches the dealer as a message, not a crash.
 * StoreErrors pass through untouched.
 */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asStoreError(error);
  }
}

export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  return new StoreError('storage', typeof sqliteCode === 'string' ? { reason: sqliteCode } : {}, {
    cause: error,
  });
}
