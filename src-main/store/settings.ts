// Small key/value settings: the dealer's preferences, window state, account metadata, and opaque
// blobs such as the encrypted password (the account service encrypts; the store never sees plaintext).
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { StoreError, guard } from './errors';

/** The settings the app itself knows, with their types and defaults. */
export const appSettings = {
  language: { schema: z.enum(['fr-CA', 'en-CA']).nullable(), fallback: null },
  notifications: { schema: z.boolean(), fallback: true },
  /** The dealer's business, named as the customer's agent on the letters of authorization Portage prepares. */
  dealerName: { schema: z.string().max(120), fallback: '' },
  /** The new RespOrg's name or ID, printed on the RespOrg change authorizations Portage prepares. */
  newRespOrg: { schema: z.string().max(120), fallback: '' },
  windowState: {
    schema: z
      .object({
        x: z.number().int().optional(),
        y: z.number().int().optional(),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        maximized: z.boolean(),
      })
      .nullable(),
    fallback: null,
  },
} as const;
export type AppSettingKey = keyof typeof appSettings;
export type AppSettingValue<K extends AppSettingKey> = z.infer<(typeof appSettings)[K]['schema']>;

export interface Settings {
  /** A known setting, or its default when unset or unreadable. */
  get<K extends AppSettingKey>(key: K): AppSettingValue<K>;
  set<K extends AppSettingKey>(key: K, value: AppSettingValue<K>): void;
  /** Any JSON value under `key`, checked against `schema`; null when unset or not matching. */
  getJson<T>(key: string, schema: z.ZodType<T>): T | null;
  setJson(key: string, value: unknown): void;
  getBlob(key: string): Uint8Array | null;
  setBlob(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

const keySchema = z.string().min(1).max(200);

function parseKey(key: unknown): string {
  const parsed = keySchema.safeParse(key);
  if (!parsed.success) throw new StoreError('invalidInput', { field: 'key' });
  return parsed.data;
}

export function createSettings(db: Database): Settings {
  const stmt = {
    get: db.prepare<[string], { json: string | null; blob: Buffer | null }>(
      'SELECT json, blob FROM settings WHERE key = ?',
    ),
    put: db.prepare(
      `INSERT INTO settings (key, json, blob) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET json = excluded.json, blob = excluded.blob`,
    ),
    delete: db.prepare('DELETE FROM settings WHERE key = ?'),
  };

  function getJson<T>(key: string, schema: z.ZodType<T>): T | null {
    const row = guard(() => stmt.get.get(parseKey(key)));
    if (!row || row.json === null) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(row.json));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  function setJson(key: string, value: unknown) {
    const k = parseKey(key);
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    if (json === undefined) throw new StoreError('invalidInput', { field: 'value' });
    guard(() => stmt.put.run(k, json, null));
  }

  return {
    get(key) {
      const definition = appSettings[key];
      if (!definition) throw new StoreError('invalidInput', { field: 'key' });
      const value = getJson<unknown>(key, definition.schema);
      return (value ?? definition.fallback) as AppSettingValue<typeof key>;
    },
    set(key, value) {
      const definition = appSettings[key];
      if (!definition || !definition.schema.safeParse(value).success)
        throw new StoreError('invalidInput', { field: key });
      setJson(key, value);
    },
    getJson,
    setJson,
    getBlob(key) {
      const row = guard(() => stmt.get.get(parseKey(key)));
      if (!row || row.blob === null) return null;
      return new Uint8Array(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength);
    },
    setBlob(key, value) {
      const k = parseKey(key);
      if (!(value instanceof Uint8Array)) throw new StoreError('invalidInput', { field: 'value' });
      guard(() => stmt.put.run(k, null, value));
    },
    delete(key) {
      const k = parseKey(key);
      guard(() => stmt.delete.run(k));
    },
  };
}
