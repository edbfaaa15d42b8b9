// Reading a .portage.json file off the main thread. JSON.parse of a 50 MB text, checking and decoding
// its documents' base64 and hashing them take seconds of CPU that would freeze every window: a worker
// thread does them, and hands back the parsed file with each document's base64 replaced by '' and its
// bytes and sha256 beside it (the bytes moved, not copied). The file's shape is still checked on the main
// thread by the bundle's zod schema (transfer-bundle.ts), now cheap since the large strings are gone.
//
// The worker is a small script of Node built-ins given as source (eval), so it runs the same from the
// sources (tsx: the harness, tests, benches) and from the bundled main process, with no second bundle.
import { Worker } from 'node:worker_threads';

/** A document of the file, decoded in the worker; `index` is its place in the file's attachments. */
export interface DecodedDocument {
  content: Uint8Array;
  sha256: string;
}

export interface ParsedExport {
  /** The file's JSON, each decoded document's base64 replaced by ''. */
  bundle: unknown;
  /** By index in the file's attachments. */
  decoded: Map<number, DecodedDocument>;
}

// Plain JavaScript (CommonJS, as eval workers run): no TypeScript reaches the worker.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
// The same test as zod's z.base64(), so what the worker decodes the schema would have accepted.
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
let parsed;
try {
  parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(workerData.content));
} catch {
  parsed = undefined;
}
const decoded = [];
const transfer = [];
if (parsed !== undefined && parsed !== null && Array.isArray(parsed.attachments)) {
  parsed.attachments.forEach((item, index) => {
    if (item === null || typeof item !== 'object' || typeof item.base64 !== 'string') return;
    if (item.base64.length > workerData.maxBase64 || !base64.test(item.base64)) return;
    const content = new Uint8Array(Buffer.from(item.base64, 'base64'));
    decoded.push({ index, content, sha256: createHash('sha256').update(content).digest('hex') });
    transfer.push(content.buffer);
    item.base64 = '';
  });
}
parentPort.postMessage({ ok: parsed !== undefined, bundle: parsed, decoded }, transfer);
`;

interface WorkerAnswer {
  ok: boolean;
  bundle: unknown;
  decoded: (DecodedDocument & { index: number })[];
}

/**
 * Parses the file in a worker thread. null when it is not UTF-8 JSON. `maxBase64`: a document's base64
 * longer than this is left as it is (the schema refuses it).
 */
export function parseExportOffThread(content: Uint8Array, maxBase64: number): Promise<ParsedExport | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { content, maxBase64 } });
    worker.once('message', (answer: WorkerAnswer) => {
      void worker.terminate();
      if (!answer.ok) return resolve(null);
      const decoded = new Map(answer.decoded.map(({ index, ...document }) => [index, document]));
      resolve({ bundle: answer.bundle, decoded });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`import parser stopped (${code})`));
    });
  });
}
