// The browser harness's `window.portage`: the same object the Electron preload exposes, built from the
// same channel list, carried over HTTP. Invoke: POST /ipc/<channel>. Events: Server-Sent Events.
// The session token travels in an HttpOnly cookie set when the page was opened with ?token=.
import { buildPortageApi } from '../shared/ipc-contract/build-api';
import { eventNames, type EventName } from '../shared/ipc-contract/channel-names';
import type { IpcResult } from '../shared/ipc-contract/types';

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let source: EventSource | null = null;

function ensureEvents(): void {
  if (source) return;
  source = new EventSource('/events');
  for (const name of eventNames) {
    source.addEventListener(name, (message) => {
      let payload: unknown;
      try {
        payload = JSON.parse((message as MessageEvent<string>).data);
      } catch {
        return;
      }
      listeners.get(name)?.forEach((listener) => listener(payload));
    });
  }
}

function transportError(status: number): IpcResult<never> {
  return { ok: false, error: { code: 'transport', message: `HTTP ${status}` } };
}

const portage = buildPortageApi({
  async invoke(channel, input) {
    let response: Response;
    try {
      response = await fetch(`/ipc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ input: input === undefined ? null : input }),
      });
    } catch {
      return transportError(0);
    }
    if (!response.ok) return transportError(response.status);
    return (await response.json()) as IpcResult<unknown>;
  },
  subscribe(event, listener) {
    ensureEvents();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  },
});

Object.defineProperty(window, 'portage', {
  value: portage,
  writable: false,
  configurable: false,
  enumerable: true,
});
