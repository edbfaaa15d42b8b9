// The account password's encryption at rest, through the operating system's keychain (safeStorage).
// On Linux without a keyring, Electron falls back to `basic_text`: a hard-coded key that only
// obfuscates. That is reported as `weak` so the account service can ask before persisting.
import { safeStorage } from 'electron';
import type { Cipher, CipherStatus } from '../secrets/cipher';

export const safeStorageCipher: Cipher = {
  status(): CipherStatus {
    if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
      return 'weak';
    return 'secure';
  },
  encrypt(plain) {
    return new Uint8Array(safeStorage.encryptString(plain));
  },
  decrypt(cipher) {
    return safeStorage.decryptString(Buffer.from(cipher));
  },
};
