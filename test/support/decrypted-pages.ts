// Every page of the app's database as SQLCipher 4 wrote it, decrypted by hand: the pages in use, the free
// pages and the free space inside pages alike, and every frame still in the WAL. SQLite itself cannot
// show free pages (VACUUM INTO copies live rows only, and this build has no sqlite_dbpage), so tests that
// must prove deleted data is gone read the file directly.
//
// SQLCipher 4 with a raw 256-bit key (encryption.ts: `key = "x'…'"`, cipher sqlcipher, legacy 4): each
// page of `pageSize` bytes ends with 80 reserved bytes, a 16-byte IV then a 64-byte HMAC; the bytes
// before them are AES-256-CBC under the key itself. Page 1 starts with the file's 16-byte salt in place
// of "SQLite format 3\0", so its encrypted part begins at byte 16. WAL frames are a 24-byte header and
// one page encrypted the same way. The decryption checks itself on page 1 (the header's page size and
// reserved-bytes fields), so a wrong key or format fails loudly instead of "finding nothing".
import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const reserveBytes = 80;
const ivBytes = 16;
const walHeaderBytes = 32;
const frameHeaderBytes = 24;

function decryptPage(page: Buffer, key: Uint8Array, first: boolean): Buffer {
  const size = page.length;
  const iv = page.subarray(size - reserveBytes, size - reserveBytes + ivBytes);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  const body = Buffer.concat([
    decipher.update(page.subarray(first ? 16 : 0, size - reserveBytes)),
    decipher.final(),
  ]);
  // Page 1 decrypted is the SQLite header from its 17th byte on: put the magic string back.
  return first ? Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), body]) : body;
}

export interface DecryptedDatabase {
  pageSize: number;
  /** Every page of the database file, decrypted, in order (page 1 first). */
  pages: Buffer[];
  /** Pages on the freelist, as the header counts them. */
  freePages: number;
  /** Every frame's page in the WAL, decrypted (empty when there is no WAL). */
  walPages: Buffer[];
}

export function decryptDatabase(file: string, key: Uint8Array): DecryptedDatabase {
  const bytes = readFileSync(file);
  // The page size is in the encrypted header; SQLCipher's default is 4096, and page 1 must say so.
  const pageSize = 4096;
  const first = decryptPage(bytes.subarray(0, pageSize), key, true);
  const declared = first.readUInt16BE(16) === 1 ? 65536 : first.readUInt16BE(16);
  if (declared !== pageSize || first[20] !== reserveBytes)
    throw new Error(`${file}: page 1 did not decrypt to an SQLite header (wrong key or format)`);
  if (bytes.length % pageSize !== 0) throw new Error(`${file}: not a whole number of pages`);
  const pages = [first];
  for (let at = pageSize; at < bytes.length; at += pageSize)
    pages.push(decryptPage(bytes.subarray(at, at + pageSize), key, false));
  const walPages: Buffer[] = [];
  const wal = `${file}-wal`;
  if (existsSync(wal)) {
    const log = readFileSync(wal);
    for (
      let at = walHeaderBytes;
      at + frameHeaderBytes + pageSize <= log.length;
      at += frameHeaderBytes + pageSize
    ) {
      const pageNumber = log.readUInt32BE(at);
      const page = log.subarray(at + frameHeaderBytes, at + frameHeaderBytes + pageSize);
      walPages.push(decryptPage(page, key, pageNumber === 1));
    }
  }
  return { pageSize, pages, freePages: first.readUInt32BE(36), walPages };
}
