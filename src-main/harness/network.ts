// What the harness can cut for a test: the carrier, by aiming every request at a port nothing listens
// on (the client sees a real connection refusal), and the system's online flag the services read.
// The control endpoints (control.ts) flip both.
import { createServer as createNetServer } from 'node:net';

/** A port nothing listens on: bound, then released. Requests to it are refused by the OS. */
async function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createNetServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface NetworkSwitches {
  /** The services' fetch: the real one, or aimed at the closed port while the carrier is unreachable. */
  readonly fetchFn: typeof fetch;
  unreachable: boolean;
  online: boolean;
}

export async function createNetworkSwitches(): Promise<NetworkSwitches> {
  const deadPort = await closedPort();
  const switches: NetworkSwitches = {
    fetchFn: (input, init) => {
      if (!switches.unreachable) return fetch(input, init);
      const target = new URL(input instanceof Request ? input.url : input.toString());
      target.host = `127.0.0.1:${deadPort}`;
      target.protocol = 'http:';
      return fetch(target, init);
    },
    unreachable: false,
    online: true,
  };
  return switches;
}
