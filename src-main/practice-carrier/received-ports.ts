// The ports the practice carrier has accepted and the next ticket number: its whole state. With a state
// file (the app's practice mode) both are written to it, whole, after every change and read back at
// start, so a dealer's practice ports survive a restart. The file never holds real data: a damaged one
// starts a fresh practice carrier. It keeps each port's fields, not its documents: their base64 (up to
// 27 MB a letter) would be written again, whole, at every later port, freezing the app each time, and
// nothing the practice carrier answers reads them.
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReceivedPort } from './port-lifecycle';

interface SavedState {
  ports: ReceivedPort[];
  nextTicket: number;
}

function loadState(path: string | undefined): SavedState | null {
  if (!path || !existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<SavedState>;
    if (Array.isArray(value.ports) && typeof value.nextTicket === 'number') {
      return { ports: value.ports, nextTicket: value.nextTicket };
    }
  } catch {
    // A damaged practice file starts a fresh practice carrier; it never holds real data.
  }
  return null;
}

/** JSON of the state with every document's contents left out (an empty Base64Contents). */
function withoutDocuments(state: SavedState): string {
  return JSON.stringify(state, (key, value: unknown) => (key === 'Base64Contents' ? '' : value));
}

function saveState(path: string, state: SavedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, withoutDocuments(state));
  renameSync(temporary, path);
}

export interface ReceivedPorts {
  /** Every accepted port, oldest first: the live list, changed only through this object. */
  readonly all: readonly ReceivedPort[];
  /** Records a port accepted now under the next ticket, and saves. */
  record(path: string, body: unknown, receivedAt: string): ReceivedPort;
  /** Forgets every port, and saves (ticket numbers go on from where they were). */
  forgetAll(): void;
}

export function createReceivedPorts(stateFile: string | undefined): ReceivedPorts {
  const saved = loadState(stateFile);
  const ports: ReceivedPort[] = saved?.ports ?? [];
  // Tickets are 8 characters, like the dashboard's HappyFoxTicket; a random start keeps restarts distinct.
  let nextTicket = saved?.nextTicket ?? randomInt(1_000_000, 5_000_000);
  const save = () => {
    if (stateFile) saveState(stateFile, { ports, nextTicket });
  };

  return {
    all: ports,
    record(path, body, receivedAt) {
      const ticket = `P${String(nextTicket).padStart(7, '0')}`;
      nextTicket += 1;
      const port: ReceivedPort = { ticket, path, body, receivedAt, orderId: 1000 + ports.length + 1 };
      ports.push(port);
      save();
      return port;
    },
    forgetAll() {
      ports.length = 0;
      save();
    },
  };
}
