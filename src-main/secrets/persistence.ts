// The settings storage the account service writes to: the store's settings table (through
// `persistenceFromSettings`), or the Map-based one below in tests.
import { z } from 'zod';
import type { Settings } from '../store/settings';

export interface SettingsPersistence {
  get(key: string): string | null;
  set(key: string, value: string): void;
  getBlob(key: string): Uint8Array | null;
  setBlob(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

export function createMemoryPersistence(): SettingsPersistence & {
  entries(): { key: string; value: string | Uint8Array }[];
} {
  const values = new Map<string, string | Uint8Array>();
  return {
    get: (key) => {
      const value = values.get(key);
      return typeof value === 'string' ? value : null;
    },
    set: (key, value) => void values.set(key, value),
    getBlob: (key) => {
      const value = values.get(key);
      return value instanceof Uint8Array ? value : null;
    },
    setBlob: (key, value) => void values.set(key, new Uint8Array(value)),
    delete: (key) => void values.delete(key),
    entries: () => [...values].map(([key, value]) => ({ key, value })),
  };
}

/** Adapts the store's settings (typed JSON values and blobs) to the account service's persistence. */
export function persistenceFromSettings(
  settings: Pick<Settings, 'getJson' | 'setJson' | 'getBlob' | 'setBlob' | 'delete'>,
): SettingsPersistence {
  return {
    get: (key) => settings.getJson(key, z.string()),
    set: (key, value) => settings.setJson(key, value),
    getBlob: (key) => settings.getBlob(key),
    setBlob: (key, value) => settings.setBlob(key, value),
    delete: (key) => settings.delete(key),
  };
}
