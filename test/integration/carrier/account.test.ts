// account.test(): one real read against real servers on loopback.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccountService } from '../../../src-main/secrets/account';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import { createMemoryPersistence } from '../../../src-main/secrets/persistence';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';

const at = Date.parse('2026-03-02T15:30:00Z');

function newAccount(persistence = createMemoryPersistence()) {
  return createAccountService({
    cipher: createNodeCipher(),
    persistence,
    fetchFn: fetch,
    clock: { now: () => at },
    timeoutMs: 3_000,
  });
}

let carrier: PracticeCarrier;
beforeAll(async () => {
  carrier = await startPracticeCarrier();
});
afterAll(() => carrier.close());

describe('test() against the practice carrier', () => {
  test('the right password is ok, and the result is remembered with its time', async () => {
    const persistence = createMemoryPersistence();
    const account = newAccount(persistence);
    account.set({ baseUrl: carrier.url, username: 'practice', password: 'practice' });
    expect(await account.test()).toBe('ok');
    expect(account.summary().lastTest).toEqual({ at: '2026-03-02T15:30:00.000Z', result: 'ok' });
    // The note survives a restart (it is not secret).
    expect(newAccount(persistence).summary().lastTest).toEqual({
      at: '2026-03-02T15:30:00.000Z',
      result: 'ok',
    });
  });

  test('a wrong password is wrongCredentials', async () => {
    const account = newAccount();
    account.set({ baseUrl: carrier.url, username: 'practice', password: 'wrong' });
    expect(await account.test()).toBe('wrongCredentials');
    expect(account.summary().lastTest?.result).toBe('wrongCredentials');
  });

  test('candidate credentials can be tried before saving; nothing is remembered', async () => {
    const account = newAccount();
    expect(await account.test({ baseUrl: carrier.url, username: 'practice', password: 'practice' })).toBe(
      'ok',
    );
    expect(account.summary()).toMatchObject({ configured: false, lastTest: null });
  });

  test('a closed port is unreachable', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const account = newAccount();
    account.set({ baseUrl: `http://127.0.0.1:${port}/rest.svc`, username: 'practice', password: 'practice' });
    expect(await account.test()).toBe('unreachable');
  });
});

// Node's crypto cannot issue an X.509 certificate, so the self-signed one comes from the openssl CLI.
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// Skipped only on a machine without the openssl command, which makes the self-signed certificate; .ci/run
// installs it, so CI always runs these.
describe.skipIf(!hasOpenssl)(
  'test() against HTTPS with a self-signed certificate (needs the openssl CLI)',
  () => {
    let folder: string;
    let server: HttpsServer;
    let baseUrl: string;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'portage-tls-'));
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          join(folder, 'key.pem'),
          '-out',
          join(folder, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      server = createHttpsServer(
        { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) },
        (_request, response) => {
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end('[]');
        },
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/rest.svc`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(folder, { recursive: true, force: true });
    });

    test('is certificate, and nothing reached the server as a request', async () => {
      let requests = 0;
      server.on('request', () => {
        requests += 1;
      });
      const account = newAccount();
      account.set({ baseUrl, username: 'practice', password: 'practice' });
      expect(await account.test()).toBe('certificate');
      expect(account.summary().lastTest?.result).toBe('certificate');
      expect(requests).toBe(0);
    });
  },
);
