// The main → renderer events as a small typed emitter. Electron forwards them with webContents.send,
// the harness over Server-Sent Events.
import type { EventName, EventPayloads } from '../shared/ipc-contract/channels';

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch {
          // One broken subscriber (a closed window) must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
