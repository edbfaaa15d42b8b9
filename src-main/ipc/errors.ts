// Turning whatever a handler throws into the structured error the renderer shows.
// Known failures keep their code and message key; anything else becomes `internal` with a fixed
// message, so no stack trace, SQL text or secret ever crosses to the renderer.
import type { z } from 'zod';
import { issuesFromZod } from '../shared/domain/issue';
import { StoreError } from '../store/errors';
import type { Issue } from '../shared/ipc-contract/types';

export type MessageParams = Record<string, string | number>;

/** A failure a handler means to report: a stable code, a message key, parameters, and field issues. */
export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  constructor(
    readonly code: string,
    readonly key: string = `error.${code}`,
    readonly params: MessageParams = {},
    readonly issues?: Issue[],
  ) {
    super(code);
  }
}

export interface ErrorDescription {
  code: string;
  key: string;
  params: MessageParams;
  issues?: Issue[];
}

export const internalError: ErrorDescription = { code: 'internal', key: 'error.internal', params: {} };

export function invalidInput(error: z.ZodError): ErrorDescription {
  return { code: 'invalidInput', key: 'error.invalidInput', params: {}, issues: issuesFromZod(error) };
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof IpcFailure) {
    return {
      code: error.code,
      key: error.key,
      params: error.params,
      ...(error.issues ? { issues: error.issues } : {}),
    };
  }
  if (error instanceof StoreError) {
    // `storage` can carry an SQLite code as a parameter: harmless, but the dealer needs none of it.
    const params = error.code === 'storage' ? {} : error.params;
    return { code: error.code, key: error.key, params, ...(error.issues ? { issues: error.issues } : {}) };
  }
  return internalError;
}
