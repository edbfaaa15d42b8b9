// Redaction: the carrier password leaves no trace in a text in any encoding a carrier, a proxy or a
// framework may echo it back in. Each test writes the password in one encoding, inside a realistic
// exception text, and checks that nothing of it is left while the rest of the text stays readable.
import { describe, expect, test } from 'vitest';
import { base64Forms, redactSecrets } from '../../../src-main/carrier/redact';

// Characters that every encoding treats differently: &, ', ", <, a space, / and + (base64), accents.
const password = `Pâ&s'w"o<rd /+é-4815`;
const username = 'dealer-4815';
const redact = (text: string) => redactSecrets(text, [password], { username });

/** Every character escaped the way a JSON writer that escapes everything would. */
const jsonEveryCharacter = (text: string) =>
  [...text].map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`).join('');
const htmlEscaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const htmlNumeric = (text: string) =>
  [...text].map((c) => `&#x${(c.codePointAt(0) ?? 0).toString(16)};`).join('');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Fails with the leftover when any recognisable piece of the password remains. */
function expectGone(clean: string, encoded: string): void {
  expect(clean).not.toContain(encoded);
  expect(clean).not.toContain(password);
  expect(clean).toContain('[redacted]');
  // The text around the secret is kept: the dealer still reads what the carrier said.
  expect(clean).toMatch(/^Login refused for .*; check the account\.$/);
}

const cases: [string, string][] = [
  ['raw', password],
  ['base64(password)', base64(password)],
  ['base64(password) without padding', base64(password).replace(/=+$/, '')],
  ['base64url(password)', Buffer.from(password).toString('base64url')],
  ['base64(user:password) without "Basic"', base64(`${username}:${password}`)],
  ['base64(user:password) with "Basic"', `Basic ${base64(`${username}:${password}`)}`],
  ['an Authorization header', `Authorization: Basic ${base64(`${username}:${password}`)}`],
  ['URL-encoded (encodeURIComponent)', encodeURIComponent(password)],
  ['URL-encoded (form, + for spaces)', new URLSearchParams({ p: password }).toString().slice(2)],
  [
    'URL-encoded, lower-case hex',
    encodeURIComponent(password).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  ],
  ['HTML-escaped (&amp; &lt; &quot; &#39;)', htmlEscaped(password)],
  ['HTML numeric references (&#x…;)', htmlNumeric(password)],
  ['HTML &apos; and decimal references', password.replace(/&/g, '&#38;').replace(/'/g, '&apos;')],
  ['JSON-escaped (as JSON.stringify writes it)', JSON.stringify(password).slice(1, -1)],
  ['JSON-escaped, every character as \\uXXXX', jsonEveryCharacter(password)],
  [
    'JSON-escaped with \\/ (as some servers write a slash)',
    JSON.stringify(password).slice(1, -1).replace(/\//g, '\\/'),
  ],
  ['base64 inside a longer base64 text (any offset)', base64(`{"user":"${username}","pass":"${password}"}`)],
  ['base64 inside a longer base64 text, shifted by one byte', base64(`x{"pass":"${password}"}`)],
  ['base64 inside a longer base64 text, shifted by two bytes', base64(`xy{"pass":"${password}"}`)],
  ['base64, JSON-escaped', JSON.stringify(base64(password)).slice(1, -1).replace(/\//g, '\\/')],
];

describe('redaction of the carrier password', () => {
  test.each(cases)('%s', (_name, encoded) => {
    const clean = redact(`Login refused for ${encoded}; check the account.`);
    expectGone(clean, encoded);
  });

  test('every form at once, in one text, leaves none behind', () => {
    const text = `Login refused for ${cases.map(([, encoded]) => encoded).join(' / ')}; check the account.`;
    const clean = redact(text);
    for (const [, encoded] of cases) expect(clean).not.toContain(encoded);
  });

  test('leaves ordinary text alone (no false positive on common words or short base64)', () => {
    const text = 'Port order 4815 for (514) 555-0100 was refused: InvalidPortForm. Basic plan.';
    expect(redact(text)).toBe(text);
  });

  test('a short password is still removed as typed, without its base64 cores matching everything', () => {
    const clean = redactSecrets('the password abc was refused; abcdef', ['abc']);
    expect(clean).toBe('the password [redacted] was refused; [redacted]def');
    // Only the whole encodings of a short password: no 2- or 3-character core that ordinary text holds.
    expect(base64Forms('abc')).toEqual(['YWJj']);
  });

  test('an Authorization value is removed even with no secret given', () => {
    expect(redactSecrets(`Authorization: Basic ${base64('a:b')}`)).toBe('Authorization: Basic [redacted]');
  });
});
