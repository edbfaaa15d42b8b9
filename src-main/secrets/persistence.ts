// The settings storage the account service writes to. The store's settings table satisfies it;
// tests may use the Map-based one below.

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
