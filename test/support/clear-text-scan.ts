// Looking for a dealer's words where they must not be: every file under a folder (the data folder, a
// Chromium profile), read as raw bytes, searched for each needle in every form it could be stored in:
// UTF-8, UTF-16 (Chromium's LevelDB and IndexedDB keep strings so), base64 at each of the three
// alignments (attachments travel in base64 in request bodies), URL-encoded and JSON-escaped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ClearTextHit {
  file: string;
  needle: string;
  form: string;
}

/** The byte strings `needle` may be stored as, by name. */
export function storedForms(needle: string): [form: string, bytes: Buffer][] {
  const forms: [string, Buffer][] = [
    ['utf8', Buffer.from(needle, 'utf8')],
    ['utf16le', Buffer.from(needle, 'utf16le')],
    ['url', Buffer.from(encodeURIComponent(needle), 'utf8')],
    ['json', Buffer.from(JSON.stringify(needle).slice(1, -1), 'utf8')],
  ];
  // In base64 the needle's bytes land at one of three offsets within a 3-byte group: encode it after 0,
  // 1 and 2 filler bytes and keep the characters that depend on the needle alone.
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(needle, 'utf8')]).toString('base64');
    const start = shift === 0 ? 0 : 4;
    const end = encoded.length - 4;
    forms.push([`base64+${shift}`, Buffer.from(encoded.slice(start, end), 'latin1')]);
  }
  return forms.filter(([, bytes]) => bytes.length >= 8);
}

/** Where `needles` are found in `buffers` (named for the report). */
export function findIn(named: [name: string, bytes: Buffer][], needles: readonly string[]): ClearTextHit[] {
  const hits: ClearTextHit[] = [];
  for (const needle of needles) {
    const forms = storedForms(needle);
    for (const [file, bytes] of named) {
      for (const [form, pattern] of forms) {
        if (bytes.includes(pattern)) hits.push({ file, needle, form });
      }
    }
  }
  return hits;
}

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** Every file under `folder` holding one of `needles` in clear, with the form it was found in. */
export function findInClear(folder: string, needles: readonly string[]): ClearTextHit[] {
  const files = filesUnder(folder).filter((path) => statSync(path).size > 0);
  return findIn(
    files.map((path) => [relative(folder, path), readFileSync(path)]),
    needles,
  );
}

/** How many files and bytes were looked at (so a report can say the scan was not of an empty folder). */
export function scannedSize(folder: string): { files: number; bytes: number } {
  const files = filesUnder(folder);
  return { files: files.length, bytes: files.reduce((sum, path) => sum + statSync(path).size, 0) };
}
