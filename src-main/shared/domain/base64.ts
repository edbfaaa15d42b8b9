// Base64 for attachment contents. Written out here because the domain runs in the renderer too,
// where Node's Buffer does not exist, and btoa needs a binary string the size of the file.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const remaining = bytes.length - index;
    chunk +=
      alphabet.charAt((triple >> 18) & 63) +
      alphabet.charAt((triple >> 12) & 63) +
      (remaining > 1 ? alphabet.charAt((triple >> 6) & 63) : '=') +
      (remaining > 2 ? alphabet.charAt(triple & 63) : '=');
    // Join in pieces so a large file does not build one string character by character.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
