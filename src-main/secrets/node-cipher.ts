// AES-256-GCM with a key in memory or in a key file: a real cipher for tests, tools and the browser harness.
// The desktop app uses the operating system's key store instead (safeStorage, in src-main/app).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Cipher, CipherStatus } from './cipher';

const formatVersion = 1;
const keyLength = 32;
const ivLength = 12;
const tagLength = 16;

export interface NodeCipherOptions {
  /** 32 bytes. When neither key nor keyFile is given, a random key lives in memory for this process. */
  key?: Uint8Array;
  /** A file holding the 32-byte key; created with mode 0600 when missing. */
  keyFile?: string;
  /** What `status()` reports; tests use 'weak' to play the Linux basic_text backend. Default 'secure'. */
  reportStatus?: CipherStatus;
}

function loadOrCreateKeyFile(path: string): Buffer {
  if (existsSync(path)) {
    const key = readFileSync(path);
    if (key.length !== keyLength)
      throw new Error(`The key file ${path} does not hold a ${keyLength}-byte key.`);
    return key;
  }
  const key = randomBytes(keyLength);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, key, { mode: 0o600, flag: 'wx' });
  return key;
}

export function createNodeCipher(options: NodeCipherOptions = {}): Cipher {
  const key = options.key
    ? Buffer.from(options.key)
    : options.keyFile
      ? loadOrCreateKeyFile(options.keyFile)
      : randomBytes(keyLength);
  if (key.length !== keyLength) throw new Error(`An AES-256 key is ${keyLength} bytes.`);
  const reported = options.reportStatus ?? 'secure';

  return {
    status: () => reported,
    encrypt(plain) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      // version | iv | tag | ciphertext: the version byte lets a later format coexist with this one.
      return new Uint8Array(Buffer.concat([Buffer.of(formatVersion), iv, cipher.getAuthTag(), body]));
    },
    decrypt(bytes) {
      const data = Buffer.from(bytes);
      if (data.length < 1 + ivLength + tagLength || data[0] !== formatVersion) {
        throw new Error('The encrypted value has an unknown format.');
      }
      const iv = data.subarray(1, 1 + ivLength);
      const tag = data.subarray(1 + ivLength, 1 + ivLength + tagLength);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(data.subarray(1 + ivLength + tagLength)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        // Never echo the bytes: the message must not help anyone and must not carry secrets.
        throw new Error('The encrypted value could not be decrypted (wrong key or damaged data).');
      }
    },
  };
}

/** A cipher that cannot encrypt at all: what the app sees when no key store is available. */
export function createUnavailableCipher(): Cipher {
  return {
    status: () => 'unavailable',
    encrypt() {
      throw new Error('Encryption is not available on this system.');
    },
    decrypt() {
      throw new Error('Encryption is not available on this system.');
    },
  };
}
