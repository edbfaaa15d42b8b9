// Builds `window.portage` from the channel names over some transport: Electron's ipcRenderer in the
// preload, fetch + Server-Sent Events in the browser harness. One builder so both expose the same object.
// Names only (no zod), so the sandboxed preload bundle stays small and self-contained.
import type { PortageApi } from './channels';
import type { ChannelName, EventName } from './channel-names';
import { eventMethodName, eventNames, invokeChannelNames, splitChannelName } from './channel-names';
import type { IpcResult } from './types';

export interface PortageTransport {
  invoke(channel: ChannelName, input: unknown): Promise<IpcResult<unknown>>;
  /** Calls `listener` with the payload only; returns the unsubscribe function. */
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export function buildPortageApi(transport: PortageTransport): PortageApi {
  const groups: Record<string, Record<string, (input?: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const name of invokeChannelNames) {
    const [group, method] = splitChannelName(name);
    const target = (groups[group] ??= {});
    target[method] = (input?: unknown) => transport.invoke(name, input);
  }
  const api: Record<string, unknown> = {};
  for (const [group, methods] of Object.entries(groups)) api[group] = Object.freeze(methods);
  for (const event of eventNames) {
    api[eventMethodName(event)] = (callback: (payload: unknown) => void) => {
      if (typeof callback !== 'function') throw new TypeError('callback must be a function');
      // Only the payload reaches the page: never the transport's event object.
      return transport.subscribe(event, (payload) => callback(payload));
    };
  }
  return Object.freeze(api) as unknown as PortageApi;
}
