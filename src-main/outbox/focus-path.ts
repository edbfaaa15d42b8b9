// Which field a carrier refusal is about, so "edit a copy" opens on it.
// A 400 Exception names the contract field in its message (e.g. "PortForm.CustomerPostalCode is invalid");
// the outbox keeps that body path, and editCopy turns it into the draft's own field path with the domain's
// body trace (assembleBody().draftPathFor), which knows where each part of the body came from.
import { z } from 'zod';
import { contractSchemas } from '../shared/domain/contract';

/** Marks a stored focus path that is still a body path, not yet a draft path. */
export const bodyPathPrefix = 'body:';

function fieldNames(): Set<string> {
  const names = new Set<string>();
  for (const schema of Object.values(contractSchemas)) {
    if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) names.add(key);
  }
  return names;
}

let known: Set<string> | null = null;

/** The body path an Exception message names ("PortForm.CustomerPostalCode", "DIDs.0.Number"), or null. */
export function bodyPathInException(message: string): string | null {
  known ??= fieldNames();
  const candidates = message.match(/[A-Za-z][A-Za-z0-9]*(?:(?:\.|\[)[A-Za-z0-9]+\]?)*/g) ?? [];
  for (const candidate of candidates) {
    const segments = candidate
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .filter(Boolean);
    const last = [...segments].reverse().find((segment) => !/^\d+$/.test(segment));
    if (last !== undefined && known.has(last)) return segments.join('.');
  }
  return null;
}

/** What the worker stores as the focus of a 400 Exception. */
export function focusPathForException(message: string): string | null {
  const path = bodyPathInException(message);
  return path === null ? null : bodyPathPrefix + path;
}
