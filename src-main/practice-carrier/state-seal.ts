// Sealing the practice carrier's state file: the ports it accepted carry what the dealer typed (names,
// addresses, account numbers, numbers, the letter of authorization in base64), so in the app each port's
// body is written encrypted and authenticated (AES-256-GCM) under a key derived from the database key
// (HKDF-SHA-256 with this file's own label, so the database key itself is never used for anything else).
// What stays readable is what the simulation needs to list its ports and is no one's data: the ticket,
// the operation path, when it arrived and the dashboard's order id.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface StateSeal {
  seal(plain: string): string;
  /** The plain text, or null when `sealed` was not made with this key or was altered. */
  open(sealed: string): string | null;
}

const label = 'portage practice-carrier state v1';
const version = 'v1';
const ivBytes = 12;
const tagBytes = 16;

export function createStateSeal(databaseKey: Uint8Array): StateSeal {
  const key = Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), label, 32));
  return {
    seal(plain) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${version}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith(`${version}.`)) return null;
      const bytes = Buffer.from(sealed.slice(version.length + 1), 'base64');
      if (bytes.length < ivBytes + tagBytes) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, ivBytes));
        decipher.setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
        return Buffer.concat([
          decipher.update(bytes.subarray(ivBytes + tagBytes)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
