// The store's one error type. Every failure the store can foresee (bad input, a conflict, a locked
// draft, a full or broken disk) is thrown as a StoreError so the IPC layer can answer the renderer
// with a translated message instead of a stack trace. `key` is the message key in the domain catalogue.

export const storeErrorCodes = [
  'notFound',
  'invalidInput',
  'invalidDraft',
  'revisionConflict',
  'draftLocked',
  'draftInTrash',
  'storage',
  'databaseFromNewerVersion',
  'attachmentTooLarge',
  'attachmentMissing',
  'attachmentCorrupt',
  'invalidImport',
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

export type StoreErrorParams = Record<string, string | number>;

/** One problem in a payload, in the same shape the IPC layer sends to the renderer. */
export interface StoreIssue {
  path: string;
  key: string;
  params?: StoreErrorParams;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly params: StoreErrorParams;
  readonly issues: StoreIssue[] | undefined;

  constructor(
    code: StoreErrorCode,
    params: StoreErrorParams = {},
    options?: { cause?: unknown; issues?: StoreIssue[] },
  ) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`, {
      cause: options?.cause,
    });
    this.code = code;
    this.params = params;
    this.issues = options?.issues;
  }

  /** The message key in src-main/shared/domain/messages, e.g. `error.notFound`. */
  get key(): `error.${StoreErrorCode}` {
    return `error.${this.code}`;
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
