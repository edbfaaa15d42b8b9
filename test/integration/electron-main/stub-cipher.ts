// The stub's keychain (stub/keychain.mjs, behind the stub's safeStorage) as a Cipher, so a test can unwrap
// the database key the built main process saved through it and look inside the encrypted database.
import type { Cipher } from '../../../src-main/secrets/cipher';

interface StubKeychain {
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

// Plain JavaScript, shared with the stub that stands in for `electron`; its shape is declared above.
const keychain = (await import('./stub/keychain.mjs' as string)) as StubKeychain;

export const stubSafeStorageCipher: Cipher = {
  status: () => 'secure',
  encrypt: (plain) => new Uint8Array(keychain.encryptString(plain)),
  decrypt: (bytes) => keychain.decryptString(Buffer.from(bytes)),
};
