// The last line of defence before a log line is written: whatever a service put in it, the carrier's
// credentials (in every encoding, carrier/redact.ts) and anything shaped like customer data are replaced.
// Services already write only ids, operations, statuses and error kinds; this catches a mistake, so a
// log file sent to support never carries an e-mail address, a telephone number, a postal code, a file's
// contents or a password.
import { redactSecrets } from '../carrier/redact';

/** The secrets to remove from every line: the account's and the practice carrier's passwords. */
export interface LogSecrets {
  passwords: readonly string[];
  username?: string;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A telephone number as typed: 10 or 11 digits with the usual separators. Not inside an id (a letter,
// digit or hyphen on either side) and not an ISO date (which runs into 'T').
const telephone = /(?<![\p{L}\p{N}_-])\+?\(?\d(?:[\s().-]*\d){9,10}\)?(?![\p{L}\p{N}_-])/gu;
const postalCode = /(?<![\p{L}\p{N}])[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d(?![\p{L}\p{N}])/gu;
// Base64 or hex of any length worth noting: a file, a body, a key.
const blob = /[A-Za-z0-9+/_-]{80,}={0,2}/g;

export function scrubLine(line: string, secrets: LogSecrets = { passwords: [] }): string {
  const redacted = redactSecrets(
    line,
    secrets.passwords,
    secrets.username === undefined ? {} : { username: secrets.username },
  );
  return (
    redacted
      .replace(blob, '[data]')
      .replace(email, '[email]')
      .replace(telephone, '[number]')
      .replace(postalCode, '[postal code]')
      // One line per entry: a newline in a message would let it forge the next entry.
      .replace(/[\r\n]+/g, ' ⏎ ')
  );
}
