// Turning whatever a handler throws into the structured error the renderer shows: the one place that
// maps the domain's Failure for the renderer. A Failure keeps its code, message key and issues; anything
// else becomes `internal` with a fixed message, so no stack trace, SQL text or secret reaches the renderer.
import type { z } from 'zod';
import { issuesFromZod } from '../shared/domain/issue';
import { Failure } from '../shared/domain/failure';
import type { Issue } from '../shared/ipc-contract/types';

export type MessageParams = Record<string, string | number>;

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
  if (!(error instanceof Failure)) return internalError;
  // `storage` can carry an SQLite code as a parameter: harmless, but the dealer needs none of it.
  const params = error.code === 'storage' ? {} : error.params;
  return { code: error.code, key: error.key, params, ...(error.issues ? { issues: error.issues } : {}) };
}
