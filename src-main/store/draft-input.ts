// Checks of the arguments the drafts service is called with. They come from the renderer through IPC,
// so nothing about them is trusted; a bad one is a StoreError `invalidInput` naming the field.
import { z } from 'zod';
import type { DraftKind } from '../shared/domain/catalogue';
import { draftKindSchema } from '../shared/domain/draft';
import { StoreError } from './errors';

const revisionSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A draft id: a non-empty string of at most 200 characters (checked by hand: it is on every autosave). */
export function parseId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200)
    throw new StoreError('invalidInput', { field: 'id' });
  return id;
}

export function parseKind(kind: unknown): DraftKind {
  const parsed = draftKindSchema.safeParse(kind);
  if (!parsed.success) throw new StoreError('invalidInput', { field: 'kind' });
  return parsed.data;
}

/** Whether `value` is a revision number: a non-negative safe integer. */
export function isRevision(value: unknown): boolean {
  return revisionSchema.safeParse(value).success;
}
