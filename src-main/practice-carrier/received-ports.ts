// The ports the practice carrier has accepted and the next ticket number: its whole state. With a state
// file (the app's practice mode) both are written to it, whole, after every change and read back at
// start, so a dealer's practice ports survive a restart. A damaged file starts a fresh practice carrier.
//
// The bodies hold what the dealer typed about a customer. In the app the file is sealed (state-seal.ts):
// each body is written encrypted, and only the ticket, path, time and order id stay readable. Without a
// seal (the CLI, tests of the simulator alone) bodies are written as they are. A file written in clear
// by an earlier version is read once, overwritten with zeros and written again sealed. When Portage
// purges a draft, the ports it sent are forgotten here too (`forget`, by CustomerReferenceNumber). It
// keeps each port's fields, not its documents' contents (withoutDocuments).
import { randomInt } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { portFormOf, type ReceivedPort } from './port-lifecycle';
import type { StateSeal } from './state-seal';

interface SavedState {
  ports: ReceivedPort[];
  nextTicket: number;
  /** The dashboard's next OrderID; files from before it was kept go on from the highest one. */
  nextOrderId?: number;
}

/** A port as written in the file: its body in clear (`body`) or sealed (`sealedBody`). */
interface FilePort extends Omit<ReceivedPort, 'body'> {
  body?: unknown;
  sealedBody?: string;
}

interface LoadedState extends SavedState {
  /** Some body was in clear while a seal is given: the file must be rewritten sealed. */
  clearBodies: boolean;
}

function isFilePort(value: unknown): value is FilePort {
  const port = value as Partial<FilePort> | null;
  return (
    typeof port?.ticket === 'string' &&
    typeof port.path === 'string' &&
    typeof port.receivedAt === 'string' &&
    typeof port.orderId === 'number'
  );
}

function loadState(path: string | undefined, seal: StateSeal | undefined): LoadedState | null {
  if (!path || !existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (!Array.isArray(value.ports) || typeof value.nextTicket !== 'number') return null;
    const ports: ReceivedPort[] = [];
    let clearBodies = false;
    for (const entry of value.ports) {
      if (!isFilePort(entry)) continue;
      const { sealedBody, body, ...rest } = entry;
      if (typeof sealedBody === 'string') {
        const opened = seal?.open(sealedBody) ?? null;
        // Sealed under another key (another data folder's), or altered: that port is gone.
        if (opened !== null) ports.push({ ...rest, body: JSON.parse(opened) as unknown });
      } else {
        clearBodies ||= seal !== undefined;
        ports.push({ ...rest, body });
      }
    }
    const nextOrderId = typeof value.nextOrderId === 'number' ? { nextOrderId: value.nextOrderId } : {};
    return { ports, nextTicket: value.nextTicket, ...nextOrderId, clearBodies };
  } catch {
    // A damaged practice file starts a fresh practice carrier.
  }
  return null;
}

// A port's body without its documents' contents (an empty Base64Contents): their base64 (up to 27 MB a
// letter) would be written again, whole, at every later port, freezing the app each time, and nothing
// the practice carrier answers reads them.
function withoutDocuments(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body ?? null, (key, value: unknown) => (key === 'Base64Contents' ? '' : value)),
  ) as unknown;
}

function toFile(port: ReceivedPort, seal: StateSeal | undefined): FilePort {
  const { body, ...rest } = port;
  const kept = withoutDocuments(body);
  return seal ? { ...rest, sealedBody: seal.seal(JSON.stringify(kept)) } : { ...rest, body: kept };
}

function saveState(path: string, state: SavedState, seal: StateSeal | undefined): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  const ports = state.ports.map((port) => toFile(port, seal));
  writeFileSync(
    temporary,
    JSON.stringify({ ports, nextTicket: state.nextTicket, nextOrderId: state.nextOrderId }),
  );
  renameSync(temporary, path);
}

/** Overwrites a file with zeros in place, so its clear content does not linger in the blocks it had. */
function zeroFile(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(size), 0, size, 0);
  } finally {
    closeSync(fd);
  }
}

export interface ReceivedPorts {
  /** Every accepted port, oldest first: the live list, changed only through this object. */
  readonly all: readonly ReceivedPort[];
  /** Records a port accepted now under the next ticket, and saves. */
  record(path: string, body: unknown, receivedAt: string): ReceivedPort;
  /** Forgets every port, and saves (ticket numbers go on from where they were). */
  forgetAll(): void;
  /** Forgets the ports sent with these CustomerReferenceNumbers, and saves; answers how many. */
  forget(customerReferences: readonly string[]): number;
}

export function createReceivedPorts(stateFile: string | undefined, seal?: StateSeal): ReceivedPorts {
  const saved = loadState(stateFile, seal);
  const ports: ReceivedPort[] = saved?.ports ?? [];
  // Tickets are 8 characters, like the dashboard's HappyFoxTicket; a random start keeps restarts distinct.
  let nextTicket = saved?.nextTicket ?? randomInt(1_000_000, 5_000_000);
  // Order ids only go up, so forgetting a port never hands its id out again.
  let nextOrderId =
    saved?.nextOrderId ?? ports.reduce((highest, port) => Math.max(highest, port.orderId), 1000) + 1;
  const save = () => {
    if (stateFile) saveState(stateFile, { ports, nextTicket, nextOrderId }, seal);
  };
  if (stateFile && saved?.clearBodies) {
    zeroFile(stateFile);
    save();
  }

  return {
    all: ports,
    record(path, body, receivedAt) {
      const ticket = `P${String(nextTicket).padStart(7, '0')}`;
      nextTicket += 1;
      const port: ReceivedPort = { ticket, path, body, receivedAt, orderId: nextOrderId };
      nextOrderId += 1;
      ports.push(port);
      save();
      return port;
    },
    forgetAll() {
      ports.length = 0;
      save();
    },
    forget(customerReferences) {
      const gone = new Set(customerReferences);
      const kept = ports.filter((port) => !gone.has(String(portFormOf(port.body).CustomerReferenceNumber)));
      const forgotten = ports.length - kept.length;
      if (forgotten === 0) return 0;
      // The live list is shared with the API's handlers: changed in place.
      ports.splice(0, ports.length, ...kept);
      save();
      return forgotten;
    },
  };
}
