// The account service's settings storage, on the store's settings table.
import { z } from 'zod';
import type { SettingsPersistence } from '../secrets/persistence';
import type { Settings } from '../store/settings';

const text = z.string();

export function settingsPersistence(settings: Settings): SettingsPersistence {
  return {
    get: (key) => settings.getJson(key, text),
    set: (key, value) => settings.setJson(key, value),
    getBlob: (key) => settings.getBlob(key),
    setBlob: (key, value) => settings.setBlob(key, value),
    delete: (key) => settings.delete(key),
  };
}
