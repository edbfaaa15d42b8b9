// The password never leaves the main process's memory in clear: not in any outcome or error, not in
// console output during a run full of failures, not in the database file (real SQLite store).
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { createCarrierClient } from '../../../src-main/carrier/client';
import { createAccountService } from '../../../src-main/secrets/account';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import { persistenceFromSettings } from '../../../src-main/secrets/persistence';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { openStore, type Store } from '../../../src-main/store';
import { goldenDids } from '../practice-carrier/helpers';
import { answer, startScriptedServer, type ScriptedServer } from './scripted-server';

const username = '40917';
const password = 'Zx9!unique-Secret-7f3a';
/** Every form the password could leak in: as typed, in a Basic header, URL-encoded. */
const leakForms = [
  password,
  Buffer.from(`${username}:${password}`).toString('base64'),
  Buffer.from(password).toString('base64'),
  encodeURIComponent(password),
];

let folder: string;
let store: Store;
let carrier: PracticeCarrier;
let echo: ScriptedServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portage-secrets-'));
  store = openStore({ file: join(folder, 'portage.db') });
  carrier = await startPracticeCarrier({ credentials: { username, password } });
  // A misbehaving server that echoes the Authorization header back in its error message.
  echo = await startScriptedServer((request, response) =>
    answer(
      400,
      JSON.stringify({ ID: 'Echo', Message: `you sent Authorization: ${request.headers.authorization}` }),
    )(request, response),
  );
});
afterAll(async () => {
  await carrier.close();
  await echo.close();
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function expectNoLeak(text: string, where: string) {
  for (const form of leakForms)
    expect(text.includes(form), `${where} contains the password (${form.length} chars)`).toBe(false);
}

test('a run full of failures leaks the password nowhere', async () => {
  const output: string[] = [];
  const capture = (...args: unknown[]) => {
    output.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(capture),
    vi.spyOn(console, 'info').mockImplementation(capture),
    vi.spyOn(console, 'warn').mockImplementation(capture),
    vi.spyOn(console, 'error').mockImplementation(capture),
    vi.spyOn(console, 'debug').mockImplementation(capture),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    }),
  ];
  const results: unknown[] = [];
  try {
    const account = createAccountService({
      cipher: createNodeCipher(),
      persistence: persistenceFromSettings(store.settings),
      fetchFn: fetch,
      timeoutMs: 500,
    });
    const saved = account.set({ baseUrl: carrier.url, username, password });
    results.push(saved, account.summary());
    results.push(await account.test());

    const client = createCarrierClient({
      fetchFn: fetch,
      credentials: () => account.credentials(),
      timeoutMs: 300,
    });
    const { path, body } = goldenDids();
    results.push(await client.submitPort(path, body));
    carrier.faults.set({ serverErrors: 1 });
    results.push(await client.listSipTrunks());
    carrier.faults.set({ rateLimits: 1 });
    results.push(await client.listOfferings());
    carrier.faults.set({ dropAfterRecord: 1 });
    results.push(await client.submitPort(path, body));
    carrier.faults.set({ dropBeforeRecord: 1 });
    results.push(await client.submitPort(path, body));
    carrier.faults.set({ hang: 1 });
    results.push(await client.portOrders());
    carrier.faults.set({ unauthorized: true });
    results.push(await client.listProviders(), await account.test());
    carrier.faults.clear();
    const invalid = structuredClone(body);
    (invalid.PortForm as Record<string, unknown>).Password = password;
    results.push(await client.submitPort(path, invalid));

    const echoing = createCarrierClient({
      fetchFn: fetch,
      credentials: () => ({ baseUrl: echo.baseUrl, username, password }),
    });
    const echoed = await echoing.listHolidays();
    results.push(echoed);
    expect(echoed.ok ? null : echoed.error.exception?.Message).toBe(
      'you sent Authorization: Basic [redacted]',
    );

    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const offline = createCarrierClient({
      fetchFn: fetch,
      credentials: () => ({ baseUrl: `http://127.0.0.1:${closedPort}/rest.svc`, username, password }),
    });
    results.push(await offline.listNpanxx());
    results.push(await account.test({ baseUrl: 'http://example.com/rest.svc', username, password }));
  } finally {
    for (const spy of spies) spy.mockRestore();
  }

  // The run did hit failures of every sort, and the credentials did work when they should.
  const serialized = JSON.stringify(results);
  for (const kind of [
    'server',
    'rateLimited',
    'connectionDropped',
    'timeout',
    'unauthorized',
    'exception',
    'connectionFailed',
  ]) {
    expect(serialized).toContain(`"kind":"${kind}"`);
  }
  expect(results[2]).toBe('ok');

  expectNoLeak(serialized, 'the outcomes');
  expectNoLeak(output.join('\n'), 'the console output');

  // The database file and its write-ahead log hold only the ciphertext.
  store.db.pragma('wal_checkpoint(FULL)');
  for (const file of ['portage.db', 'portage.db-wal']) {
    const path = join(folder, file);
    if (existsSync(path)) expectNoLeak(readFileSync(path).toString('latin1'), file);
  }
  expect(store.settings.getBlob('account.password')).not.toBeNull();
});
