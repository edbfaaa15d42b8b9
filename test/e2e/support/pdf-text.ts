// The text of a PDF the practice carrier received, as a porting desk's tools would extract it: poppler's
// pdftotext (Debian's poppler-utils, installed by .ci/run), with runs of white space folded to one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfText(base64: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'portage-pdf-')), 'received.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** A number as the documents print it: 514 555-0101. */
export function printedNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
