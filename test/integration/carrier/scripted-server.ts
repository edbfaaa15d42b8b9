// A loopback HTTP server whose every answer is scripted by the test: malformed bodies, error statuses,
// hanging and dropped connections. It records what it received so tests can check headers and bodies.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Script = (request: ReceivedRequest, response: ServerResponse) => void;

export interface ScriptedServer {
  baseUrl: string;
  received: ReceivedRequest[];
  script: Script;
  close(): Promise<void>;
}

export async function startScriptedServer(initial: Script): Promise<ScriptedServer> {
  const state: ScriptedServer = {
    baseUrl: '',
    received: [],
    script: initial,
    close: async () => undefined,
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.received.push(received);
      state.script(received, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://127.0.0.1:${port}/rest.svc`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}

export function answer(status: number, body: string, headers: Record<string, string> = {}): Script {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(body);
  };
}
