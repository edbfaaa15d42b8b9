// The services' events, pushed to the page as Server-Sent Events on GET /events: one frame per event,
// to every open stream (bridge.ts turns them back into the preload's subscriptions).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../ipc/events';

export interface EventStreams {
  /** Answers GET /events: keeps the response open and writes every event to it until the page goes. */
  open(request: IncomingMessage, response: ServerResponse): void;
  /** Stops listening to the services and ends every stream. */
  close(): void;
}

export function createEventStreams(events: EventBus): EventStreams {
  const streams = new Set<ServerResponse>();
  const unsubscribe = events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  return {
    open(request, response) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
    },
    close() {
      unsubscribe();
      for (const stream of streams) stream.end();
    },
  };
}
