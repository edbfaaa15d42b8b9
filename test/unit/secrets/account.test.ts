import { describe, expect, test } from 'vitest';
import { checkBaseUrl, createAccountService, defaultCarrierBaseUrl } from '../../../src-main/secrets/account';
import { createNodeCipher, createUnavailableCipher } from '../../../src-main/secrets/node-cipher';
import { createMemoryPersistence } from '../../../src-main/secrets/persistence';
import type { Cipher } from '../../../src-main/secrets/cipher';

const password = 'S3cret-Pa55:wörd';
const neverFetch = (() => Promise.reject(new Error('no network in this test'))) as typeof fetch;

function service(cipher: Cipher = createNodeCipher(), persistence = createMemoryPersistence()) {
  return { persistence, account: createAccountService({ cipher, persistence, fetchFn: neverFetch }) };
}

function allPersistedBytes(persistence: ReturnType<typeof createMemoryPersistence>): Buffer {
  return Buffer.concat(
    persistence
      .entries()
      .map(({ key, value }) =>
        Buffer.concat([
          Buffer.from(key),
          typeof value === 'string' ? Buffer.from(value) : Buffer.from(value),
        ]),
      ),
  );
}

describe('the base URL', () => {
  test.each([
    ['https://api.thinktel.ca/rest.svc', 'https://api.thinktel.ca/rest.svc'],
    ['https://api.thinktel.ca/rest.svc/', 'https://api.thinktel.ca/rest.svc'],
    ['http://127.0.0.1:4010/rest.svc', 'http://127.0.0.1:4010/rest.svc'],
    ['http://127.1.2.3/rest.svc', 'http://127.1.2.3/rest.svc'],
    ['http://localhost:8080/rest.svc', 'http://localhost:8080/rest.svc'],
    ['http://[::1]:8080/rest.svc', 'http://[::1]:8080/rest.svc'],
  ])('accepts %s', (input, url) => {
    expect(checkBaseUrl(input)).toEqual({ ok: true, url });
  });

  test.each([
    ['http://api.thinktel.ca/rest.svc', 'insecureUrl'],
    ['http://192.168.1.10/rest.svc', 'insecureUrl'],
    ['http://127.0.0.1.example.com/rest.svc', 'insecureUrl'],
    ['http://localhost.example.com/', 'insecureUrl'],
    ['ftp://api.thinktel.ca/', 'invalidUrl'],
    ['api.thinktel.ca/rest.svc', 'invalidUrl'],
    ['https://user:pw@api.thinktel.ca/rest.svc', 'invalidUrl'],
    ['https://api.thinktel.ca/rest.svc?x=1', 'invalidUrl'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(checkBaseUrl(input)).toEqual({ ok: false, reason });
  });

  test('set() refuses plain http to another computer and writes nothing', () => {
    const { account, persistence } = service();
    const result = account.set({ baseUrl: 'http://api.thinktel.ca/rest.svc', username: '12345', password });
    expect(result).toEqual({ ok: false, reason: 'insecureUrl', messageKey: 'account.insecureUrl' });
    expect(persistence.entries()).toEqual([]);
  });
});

describe('storing the password', () => {
  test('a secure cipher: only the ciphertext is persisted, and a new session decrypts it', () => {
    const cipher = createNodeCipher();
    const { account, persistence } = service(cipher);
    const result = account.set({
      baseUrl: 'https://api.thinktel.ca/rest.svc',
      username: ' 12345 ',
      password,
    });
    expect(result.ok).toBe(true);
    const bytes = allPersistedBytes(persistence);
    expect(bytes.includes(Buffer.from(password))).toBe(false);
    expect(bytes.includes(Buffer.from(Buffer.from(password).toString('base64')))).toBe(false);
    expect(persistence.getBlob('account.password')).not.toBeNull();

    const next = createAccountService({ cipher, persistence, fetchFn: neverFetch });
    expect(next.credentials()).toEqual({
      baseUrl: 'https://api.thinktel.ca/rest.svc',
      username: '12345',
      password,
    });
    expect(next.summary()).toMatchObject({ configured: true, storage: 'encrypted', practiceMode: false });
  });

  test.each([
    ['weak', createNodeCipher({ reportStatus: 'weak' }), 'encryptionWeak'],
    ['unavailable', createUnavailableCipher(), 'encryptionUnavailable'],
  ] as const)('a %s cipher: set() refuses to persist and says why', (_name, cipher, reason) => {
    const { account, persistence } = service(cipher);
    const result = account.set({ baseUrl: defaultCarrierBaseUrl, username: '12345', password });
    expect(result).toEqual({ ok: false, reason, messageKey: `account.${reason}` });
    expect(persistence.entries()).toEqual([]);
    expect(account.credentials()).toBeNull();
    expect(account.summary()).toMatchObject({ configured: false, encryptionWeak: true });
  });

  test('sessionOnly keeps the account in memory only: nothing is written, and it is gone next session', () => {
    const cipher = createNodeCipher({ reportStatus: 'weak' });
    const { account, persistence } = service(cipher);
    const result = account.set({
      baseUrl: defaultCarrierBaseUrl,
      username: '12345',
      password,
      sessionOnly: true,
    });
    expect(result.ok && result.summary).toMatchObject({
      configured: true,
      storage: 'sessionOnly',
      encryptionWeak: true,
    });
    expect(account.credentials()?.password).toBe(password);
    expect(persistence.entries()).toEqual([]);
    const nextSession = createAccountService({ cipher, persistence, fetchFn: neverFetch });
    expect(nextSession.credentials()).toBeNull();
  });

  test('choosing sessionOnly removes an account saved earlier', () => {
    const { account, persistence } = service();
    account.set({ baseUrl: defaultCarrierBaseUrl, username: '12345', password: 'old-password' });
    account.set({ baseUrl: defaultCarrierBaseUrl, username: '12345', password, sessionOnly: true });
    expect(persistence.entries()).toEqual([]);
  });

  test('a password encrypted under another key: not configured, the username stays for the form', () => {
    const { account, persistence } = service();
    account.set({ baseUrl: defaultCarrierBaseUrl, username: '12345', password });
    const otherKey = createAccountService({ cipher: createNodeCipher(), persistence, fetchFn: neverFetch });
    expect(otherKey.credentials()).toBeNull();
    expect(otherKey.summary()).toMatchObject({ configured: false, username: '12345', storage: null });
  });

  test('empty username or password is refused', () => {
    const { account } = service();
    expect(account.set({ baseUrl: defaultCarrierBaseUrl, username: '  ', password })).toMatchObject({
      ok: false,
      reason: 'usernameRequired',
    });
    expect(account.set({ baseUrl: defaultCarrierBaseUrl, username: '1', password: '' })).toMatchObject({
      ok: false,
      reason: 'passwordRequired',
    });
  });
});

describe('the summary', () => {
  test('has exactly the account.get shape and never the password', () => {
    const { account } = service();
    expect(account.summary()).toEqual({
      configured: false,
      baseUrl: defaultCarrierBaseUrl,
      username: null,
      storage: null,
      encryptionWeak: false,
      lastTest: null,
      practiceMode: true,
    });
    account.set({ baseUrl: 'https://api.thinktel.ca/rest.svc', username: '12345', password });
    const summary = account.summary();
    expect(Object.keys(summary).sort()).toEqual(
      ['baseUrl', 'configured', 'encryptionWeak', 'lastTest', 'practiceMode', 'storage', 'username'].sort(),
    );
    expect(JSON.stringify(summary)).not.toContain(password);
  });

  test('remove() forgets the account and everything persisted about it', () => {
    const { account, persistence } = service();
    account.set({ baseUrl: defaultCarrierBaseUrl, username: '12345', password });
    expect(account.remove()).toMatchObject({ configured: false, storage: null, practiceMode: true });
    expect(account.credentials()).toBeNull();
    expect(persistence.entries()).toEqual([]);
  });

  test('test() without any account says noAccount', async () => {
    const { account } = service();
    expect(await account.test()).toBe('noAccount');
  });
});
