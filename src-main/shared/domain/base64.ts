// Base64 for attachment contents. Written out here because the domain runs in the renderer too,
// where Node's Buffer does not exist, and btoa needs a binary string the size of the file.
// The characters are written as bytes into one buffer and read back as text in one step: building the
// string piece by piece took 1.6 s for a 10 MB letter. (The main process no longer encodes documents
// with this when a draft is finalized: outbox/frozen-body.ts writes them in with Node's at send time.)
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const codes = Uint8Array.from(alphabet, (character) => character.charCodeAt(0));
const pad = '='.charCodeAt(0);
const ascii = new TextDecoder();

export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let index = 0; index < whole; index += 3) {
    const triple = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    out[o++] = codes[(triple >> 18) & 63] ?? pad;
    out[o++] = codes[(triple >> 12) & 63] ?? pad;
    out[o++] = codes[(triple >> 6) & 63] ?? pad;
    out[o++] = codes[triple & 63] ?? pad;
  }
  const remaining = bytes.length - whole;
  if (remaining > 0) {
    const a = bytes[whole] ?? 0;
    const b = remaining > 1 ? (bytes[whole + 1] ?? 0) : 0;
    const triple = (a << 16) | (b << 8);
    out[o++] = codes[(triple >> 18) & 63] ?? pad;
    out[o++] = codes[(triple >> 12) & 63] ?? pad;
    out[o++] = remaining > 1 ? (codes[(triple >> 6) & 63] ?? pad) : pad;
    out[o] = pad;
  }
  return ascii.decode(out);
}
