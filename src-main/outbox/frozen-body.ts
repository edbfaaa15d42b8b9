// A finalized request as the outbox keeps it (outbox_bodies.parts_json): the body's JSON cut where each
// document's contents go, the documents named by their sha256 instead of carried in base64.
//
// Why: a request carries its documents (up to 20 MB each) in base64. Building and storing that when the
// draft is finalized, then reading it back for every send, meant several statements of tens of megabytes
// on the main thread, each freezing every window. The documents are already stored once, by content
// (store/attachments.ts), and never change under their sha256; so the frozen request names them, and
// `thawBody` writes them in when the request leaves, one document per turn of the event loop, after
// checking each one still has the sha256 it is named by. What is sent is byte for byte the body that
// was frozen; body_sha256 is the hash of these parts, which name every file by its own hash.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FileStandIns } from '../shared/domain/build-request';
import { Failure } from '../shared/domain/failure';
import type { Attachments } from '../store/attachments';
import { nextTurn } from '../store/next-turn';

/** Text of the body, or where one file's contents go (as a JSON string, quotes included). */
export type FrozenPart = string | { file: string };

const partsSchema = z.array(
  z.union([z.string(), z.object({ file: z.string().regex(/^[0-9a-f]{64}$/) }).strict()]),
);

/** Stand-ins for a draft's files: a token no draft text can hold (a fresh nonce), naming the file. */
export function fileStandIns(attachments: Pick<Attachments, 'sizeOf'>): FileStandIns & { nonce: string } {
  const nonce = randomUUID();
  return {
    nonce,
    has: (sha256) => (attachments.sizeOf(sha256) ?? 0) > 0,
    placeholder: (sha256) => `${nonce}:${sha256}`,
  };
}

/** The body's JSON, written with `fileStandIns(…).placeholder`, as parts (JSON text, for outbox_bodies). */
export function freezeBody(bodyJson: string, nonce: string): string {
  const parts: FrozenPart[] = [];
  const token = new RegExp(`"${nonce}:([0-9a-f]{64})"`, 'g');
  let from = 0;
  for (const match of bodyJson.matchAll(token)) {
    parts.push(bodyJson.slice(from, match.index), { file: match[1] ?? '' });
    from = match.index + match[0].length;
  }
  parts.push(bodyJson.slice(from));
  return JSON.stringify(parts);
}

export const sha256Hex = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/**
 * The body exactly as it is sent: the parts with each document written in as base64, one document per
 * turn of the event loop. Throws Failure attachmentMissing or attachmentCorrupt (the item then fails
 * locally and the dealer is told), never sends a body other than the one frozen.
 */
export async function thawBody(partsJson: string, attachments: Pick<Attachments, 'get'>): Promise<string> {
  const parts = partsSchema.parse(JSON.parse(partsJson));
  const text: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text.push(part);
      continue;
    }
    // Reading, checking and encoding a 20 MB document each take a moment: the loop gets a turn between.
    await nextTurn();
    const stored = attachments.get(part.file);
    if (!stored) throw new Failure('attachmentMissing', { sha256: part.file, name: '' });
    await nextTurn();
    if (sha256Hex(stored.content) !== part.file) {
      throw new Failure('attachmentCorrupt', { sha256: part.file, name: stored.name });
    }
    await nextTurn();
    const bytes = stored.content;
    text.push(`"${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}"`);
  }
  return text.join('');
}
