import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

describe('reference data cache', () => {
  it('keeps the last fetch of each kind, with when it was fetched, across restarts', () => {
    expect(t.store.referenceCache.get('providers')).toBeNull();
    const at = new Date('2026-03-01T10:00:00.000Z');
    t.store.referenceCache.put('providers', [{ ID: 1, Name: 'Bell' }], at);
    t.store.referenceCache.put('npanxx', [613555], at);
    t.store.referenceCache.put(
      'providers',
      [{ ID: 2, Name: 'Rogers' }],
      new Date('2026-03-02T10:00:00.000Z'),
    );
    t.reopen();
    expect(t.store.referenceCache.get('providers')).toEqual({
      data: [{ ID: 2, Name: 'Rogers' }],
      fetchedAt: new Date('2026-03-02T10:00:00.000Z'),
    });
    const all = t.store.referenceCache.all();
    expect(Object.keys(all).sort()).toEqual(['holidays', 'npanxx', 'offerings', 'providers', 'sipTrunks']);
    expect(all.npanxx).toEqual({ data: [613555], fetchedAt: at });
    expect(all.holidays).toBeNull();
    expect(() => t.store.referenceCache.put('weather' as never, [], at)).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
  });
});

describe('settings', () => {
  it('has defaults and keeps what the dealer chose', () => {
    expect(t.store.settings.get('language')).toBeNull();
    expect(t.store.settings.get('notifications')).toBe(true);
    t.store.settings.set('language', 'fr-CA');
    t.store.settings.set('notifications', false);
    t.store.settings.set('windowState', { width: 1200, height: 800, maximized: false });
    t.reopen();
    expect(t.store.settings.get('language')).toBe('fr-CA');
    expect(t.store.settings.get('notifications')).toBe(false);
    expect(t.store.settings.get('windowState')).toEqual({ width: 1200, height: 800, maximized: false });
    expect(() => t.store.settings.set('language', 'de-DE' as never)).toThrow(
      expect.objectContaining({ code: 'invalidInput' }),
    );
  });

  it('keeps JSON checked against the caller’s schema and opaque blobs', () => {
    const account = z.object({ baseUrl: z.string(), username: z.string() });
    t.store.settings.setJson('account', { baseUrl: 'https://api.example', username: '1234' });
    expect(t.store.settings.getJson('account', account)).toEqual({
      baseUrl: 'https://api.example',
      username: '1234',
    });
    expect(t.store.settings.getJson('account', z.number())).toBeNull();
    t.store.settings.setBlob('account.password', new Uint8Array([1, 2, 3, 0, 255]));
    expect([...(t.store.settings.getBlob('account.password') ?? [])]).toEqual([1, 2, 3, 0, 255]);
    t.store.settings.delete('account.password');
    expect(t.store.settings.getBlob('account.password')).toBeNull();
  });
});
