// How the account password is protected at rest. The Electron safeStorage adapter (src-main/app) and the
// Node AES-GCM cipher (node-cipher.ts, for tests and tools) both satisfy this interface.

/**
 * - secure: the key is held by the operating system (Keychain, DPAPI, libsecret/kwallet).
 * - weak: encryption only obfuscates (Electron on Linux with the `basic_text` backend): anyone who can read
 *   the data folder can recover the password, so we do not persist without the dealer's explicit choice.
 * - unavailable: no encryption at all.
 */
export type CipherStatus = 'secure' | 'weak' | 'unavailable';

export interface Cipher {
  status(): CipherStatus;
  encrypt(plain: string): Uint8Array;
  /** Throws when the ciphertext cannot be decrypted (wrong key, corrupted bytes). */
  decrypt(cipher: Uint8Array): string;
}
