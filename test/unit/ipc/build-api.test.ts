import { describe, expect, it } from 'vitest';
import { buildPortageApi, type PortageTransport } from '../../../src-main/shared/ipc-contract/build-api';
import { eventNames, invokeChannelNames } from '../../../src-main/shared/ipc-contract/channel-names';

function recordingTransport() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const transport: PortageTransport = {
    invoke: async (channel, input) => {
      invoked.push([channel, input]);
      return { ok: true, value: channel };
    },
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return { transport, invoked, emit };
}

describe('buildPortageApi', () => {
  it('exposes every channel as group.method and forwards the input', async () => {
    const { transport, invoked } = recordingTransport();
    const api = buildPortageApi(transport) as unknown as Record<
      string,
      Record<string, (i?: unknown) => unknown>
    >;
    for (const name of invokeChannelNames) {
      const [group, method] = name.split('.') as [string, string];
      expect(typeof api[group]?.[method]).toBe('function');
    }
    await expect(buildPortageApi(transport).drafts.get({ id: 'x' })).resolves.toEqual({
      ok: true,
      value: 'drafts.get',
    });
    expect(invoked).toEqual([['drafts.get', { id: 'x' }]]);
  });

  it('is frozen all the way down so a page script cannot swap a method', () => {
    const api = buildPortageApi(recordingTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.drafts)).toBe(true);
    expect(() => {
      (api.drafts as unknown as Record<string, unknown>).list = () => null;
    }).toThrow(TypeError);
  });

  it('delivers event payloads only, and unsubscribes', () => {
    const { transport, emit } = recordingTransport();
    const api = buildPortageApi(transport);
    expect(eventNames.length).toBe(5);
    const seen: unknown[] = [];
    const off = api.onConnectivityChanged((payload) => seen.push(payload));
    emit('connectivityChanged', { online: false });
    off();
    emit('connectivityChanged', { online: true });
    expect(seen).toEqual([{ online: false }]);
  });
});
