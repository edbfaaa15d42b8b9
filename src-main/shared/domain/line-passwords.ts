// A line's passwords (SipPassword and WebSelfCarePassword, both optional on residential and business
// lines). They are secrets: never in the draft's JSON, its history or an export, never shown back and
// never logged. The main process keeps them encrypted in their own table (line_secrets), keyed by
// draft, the line's number and the field; the renderer only learns which ones are set. Finalizing
// merges them into the frozen request body with `withLinePasswords`.
import { withSortedKeys } from './assemble-body';
import { linePasswordCap } from './field-caps';
import { normalizeNumber } from './numbers';

export { linePasswordCap };

export const linePasswordFields = ['sipPassword', 'webSelfCarePassword'] as const;
export type LinePasswordField = (typeof linePasswordFields)[number];

/** Which password of which line is set: all the renderer is ever told. `number` is 10 digits. */
export interface LinePasswordRef {
  number: string;
  field: LinePasswordField;
}

/** A password to send, decrypted by the main process only while the body is frozen. */
export interface LinePassword extends LinePasswordRef {
  password: string;
}

const bodyKeys: Readonly<Record<LinePasswordField, string>> = {
  sipPassword: 'SipPassword',
  webSelfCarePassword: 'WebSelfCarePassword',
};

/** The 10-digit numbers of a draft's lines (the keys line passwords are stored under). */
export function lineNumbersOf(data: { service?: { lines?: readonly { number?: string }[] } }): string[] {
  return (data.service?.lines ?? [])
    .map((line) => normalizeNumber(line.number ?? ''))
    .filter((number): number is string => number !== null);
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The body with each password set on the line of its number (Lines[i].Number.Number). Passwords for
 * numbers the body has no line for are not sent. Keys stay sorted, so the bytes are stable.
 */
export function withLinePasswords(body: Json, passwords: readonly LinePassword[]): Json {
  if (passwords.length === 0 || !Array.isArray(body.Lines)) return body;
  const lines = body.Lines.map((line: unknown) => {
    if (!isRecord(line)) return line;
    const number = isRecord(line.Number) ? line.Number.Number : undefined;
    const own = passwords.filter((entry) => Number(entry.number) === number && entry.password !== '');
    if (own.length === 0) return line;
    const copy: Json = { ...line };
    for (const entry of own) copy[bodyKeys[entry.field]] = entry.password;
    return copy;
  });
  return withSortedKeys({ ...body, Lines: lines }) as Json;
}
