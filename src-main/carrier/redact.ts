// Keeps secrets out of anything that can be logged, shown or serialized.
//
// A carrier (or a proxy in front of it) can echo the credentials back in an exception text in any
// encoding it happens to use: as typed, inside a Basic header or as bare base64 (of the password alone or
// of user:password, from any offset of a longer base64 text), URL-encoded, HTML-escaped (&amp;, &#39;,
// &#x27;…), JSON-escaped (\" \\ \u00e9…), or a mix of these character by character. Rather than list the
// combinations, each form is matched by a pattern in which every character may appear in any of those
// encodings, so a password is found however its characters were escaped.

const basicAuthPattern = /(authorization\s*[:=]\s*["']?\s*basic\s+)[A-Za-z0-9+/=._-]+/gi;
const bareBasicPattern = /\bBasic\s+[A-Za-z0-9+/]{8,}={0,2}/g;
const redacted = '[redacted]';

/** A base64 run this short matches too much ordinary text to be removed on sight. */
const minimumCoreLength = 6;

const namedEntities: Readonly<Record<string, readonly string[]>> = {
  '&': ['&amp;'],
  '<': ['&lt;'],
  '>': ['&gt;'],
  '"': ['&quot;'],
  "'": ['&apos;'],
};
const jsonEscapes: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A hexadecimal number as a pattern matching it in either case, with optional leading zeros. */
function hexPattern(value: number, width = 0): string {
  const digits = value.toString(16).padStart(width, '0');
  const cased = [...digits]
    .map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit))
    .join('');
  return width === 0 ? `0*${cased}` : cased;
}

/** Every way one character may be written: as is, URL-encoded, HTML-escaped, JSON-escaped. */
function characterPattern(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const options = new Set<string>([escapeRegExp(character)]);
  // URL encoding: the UTF-8 bytes as %XX (either case), and + for a space in a form body.
  const utf8 = new TextEncoder().encode(character);
  options.add([...utf8].map((byte) => `%${hexPattern(byte, 2)}`).join(''));
  if (character === ' ') options.add('\\+');
  // HTML: numeric references (decimal or hexadecimal, leading zeros allowed) and the usual names.
  options.add(`&#0*${code};`);
  options.add(`&#[xX]${hexPattern(code)};`);
  for (const entity of namedEntities[character] ?? []) options.add(escapeRegExp(entity));
  // JSON: \uXXXX (a surrogate pair above the BMP), and the short escapes.
  const units = Array.from({ length: character.length }, (_, i) => character.charCodeAt(i));
  options.add(units.map((unit) => `\\\\u${hexPattern(unit, 4)}`).join(''));
  const json = jsonEscapes[character];
  if (json) options.add(escapeRegExp(json));
  return `(?:${[...options].join('|')})`;
}

/**
 * A base64 character as it may be written: letters and digits as they are (no encoder escapes them in
 * practice, and listing every escape for each would make the pattern slow to build), '+', '/' and '='
 * also URL-encoded, HTML-escaped or JSON-escaped.
 */
function base64CharacterPattern(character: string): string {
  return /[A-Za-z0-9_-]/.test(character) ? character : characterPattern(character);
}

function textPattern(text: string): string {
  return [...text].map(characterPattern).join('');
}

function base64Pattern(text: string): string {
  return [...text].map(base64CharacterPattern).join('');
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const base64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * The part of base64 that encodes `secret` wherever it sits in a longer text: for each of the three
 * alignments, the characters that depend on the secret's bytes alone.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString('base64');
    // Characters touching the padding bytes before, or the unknown bytes after, are left out.
    const start = Math.ceil((offset * 4) / 3);
    const end = Math.floor((padded.length * 4) / 3);
    const core = encoded.slice(start, end);
    if (core.length >= minimumCoreLength) cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

/** The base64 forms of a secret (each then matched with its '+', '/' and '=' in any escape). */
export function base64Forms(secret: string, username?: string): string[] {
  const forms = new Set<string>();
  const login = username === undefined ? [] : [`${username}:${secret}`];
  for (const text of [secret, ...login]) {
    forms.add(base64(text));
    forms.add(base64(text).replace(/=+$/, ''));
    forms.add(base64Url(text));
  }
  for (const core of base64Cores(secret)) forms.add(core);
  return [...forms].filter((form) => form.length > 0);
}

const patterns = new Map<string, RegExp>();

function patternFor(secrets: readonly string[], username: string | undefined): RegExp | null {
  const wanted = secrets.filter((secret) => secret.length > 0);
  if (wanted.length === 0) return null;
  const key = JSON.stringify([username ?? null, wanted]);
  let pattern = patterns.get(key);
  if (!pattern) {
    const forms = [
      ...[...new Set(wanted)].map((secret) => ({ text: secret, pattern: textPattern(secret) })),
      ...[...new Set(wanted.flatMap((secret) => base64Forms(secret, username)))].map((form) => ({
        text: form,
        pattern: base64Pattern(form),
      })),
    ];
    // Longest first, so base64(user:password) goes whole rather than leaving its user part behind.
    forms.sort((a, b) => b.text.length - a.text.length);
    pattern = new RegExp(forms.map((form) => form.pattern).join('|'), 'g');
    // A few accounts at most in one run: keep the last patterns, not one per password ever seen.
    if (patterns.size >= 8) patterns.delete(patterns.keys().next().value ?? '');
    patterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

export interface RedactOptions {
  /** The account's user name: base64(user:password), as a Basic header carries it, is removed too. */
  username?: string;
}

/**
 * Replaces Authorization values and every given secret, in every encoding listed in the header, with
 * [redacted]. Use on any text that may have come near a request.
 */
export function redactSecrets(
  text: string,
  secrets: readonly string[] = [],
  options: RedactOptions = {},
): string {
  let out = text.replace(basicAuthPattern, `$1${redacted}`).replace(bareBasicPattern, `Basic ${redacted}`);
  const pattern = patternFor(secrets, options.username);
  if (pattern) out = out.replace(pattern, redacted);
  return out;
}

/** The value of an HTTP Basic Authorization header. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
