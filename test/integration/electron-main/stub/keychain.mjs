// The stub's keychain: reversible and visibly not the plain text, so a test can tell encrypted bytes from
// the password, and unwrap what the app saved through it (the database key). Shared by the electron stub's
// safeStorage and by the tests.
const cipherPrefix = 'stub-keychain:';

export function encryptString(plainText) {
  return Buffer.from(
    cipherPrefix + Buffer.from(plainText, 'utf8').toString('base64').split('').reverse().join(''),
  );
}

export function decryptString(encrypted) {
  const text = Buffer.from(encrypted).toString('utf8');
  if (!text.startsWith(cipherPrefix)) throw new Error('Error while decrypting the ciphertext provided');
  return Buffer.from(text.slice(cipherPrefix.length).split('').reverse().join(''), 'base64').toString('utf8');
}
