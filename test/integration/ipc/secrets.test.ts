// The dealer's password never leaves the main process: not in any IPC answer or event, not in the
// database (the audit trail included) and not in anything logged — through a whole working session
// against the practice carrier over real HTTP: account set and tested, reference data, a draft written,
// finalized, sent and tracked, and a refused login along the way.
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../src-main/ipc/ports';
import { silentNotifier } from '../../../src-main/ipc/ports';
import { createServices, type Services } from '../../../src-main/composition/services';
import { invokeChannelNames as channelNames } from '../../../src-main/shared/ipc-contract/channel-names';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import type { DraftDetail, IpcResult } from '../../../src-main/shared/ipc-contract/types';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type { Cipher } from '../../../src-main/secrets/cipher';
import { openAppDatabase } from '../../support/app-database';
import { readyDraftFor } from '../../unit/domain/fixtures';

const username = '770014';
const password = 'Tr0ub4dor&3-horse-battery';
/** Every form the password could leak in: as typed, in a Basic header, and base64 on its own. */
const secretForms = [
  password,
  Buffer.from(`${username}:${password}`).toString('base64'),
  Buffer.from(password).toString('base64'),
  encodeURIComponent(password),
];

const dialogs: Dialogs = {
  openFile: async () => null,
  openFileForImport: async () => null,
  saveFile: async () => false,
};

let carrier: PracticeCarrier;
let cipher: Cipher;
let services: Services;
let dataDir: string;
let invoke: Invoke<SenderEvent>;
const answers: { channel: string; result: unknown }[] = [];
const events: unknown[] = [];
const logged: string[] = [];
const restoreOutput: (() => void)[] = [];
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };

async function call<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<IpcResult<T>> {
  const result = (await invoke(channel, frame, input)) as IpcResult<T>;
  answers.push({ channel, result });
  return result;
}

async function value<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function expectNoSecret(where: string, text: string): void {
  for (const form of secretForms) expect(text.includes(form), `${where} holds the password`).toBe(false);
}

/** Captures everything written to the console and the standard streams while the session runs. */
function captureOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      logged.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return original(chunk, ...rest);
    }) as typeof stream.write;
    restoreOutput.push(() => {
      stream.write = original;
    });
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      logged.push(
        args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' '),
      );
      original(...args);
    };
    restoreOutput.push(() => {
      console[method] = original;
    });
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  captureOutput();
  carrier = await startPracticeCarrier({ credentials: { username, password }, statusStepMs: 300 });
  dataDir = mkdtempSync(join(tmpdir(), 'portage-secrets-'));
  cipher = createNodeCipher();
  services = await createServices({
    dataDir,
    cipher,
    fetchFn: fetch,
    clock: { now: () => Date.now() },
    dialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    systemLocale: 'en-CA',
    firstPollDelayMs: 100,
    trackingSchedule: { initialMs: 200, capMs: 400 },
    log: (line) => logged.push(line),
  });
  services.events.subscribe((_event, payload) => events.push(payload));
  invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
});

afterAll(async () => {
  await services?.shutdown();
  await carrier?.close();
  for (const restore of restoreOutput) restore();
});

describe('the carrier password', () => {
  it('stays in the main process through a whole working session', async () => {
    // A refused login first: the error path is where secrets usually leak.
    const wrong = await value<{ configured: boolean }>('account.set', {
      baseUrl: carrier.url,
      username,
      password: `${password}-typo`,
    });
    expect(wrong.configured).toBe(true);
    await expect(value('account.test')).resolves.toEqual({ result: 'wrongCredentials' });

    await value('account.set', { baseUrl: carrier.url, username, password });
    await expect(value('account.test')).resolves.toEqual({ result: 'ok' });
    await value('account.get');
    await value('app.info');
    const reference = await value<{ fetchedAt: Record<string, string | null> }>('reference.refresh');
    expect(reference.fetchedAt.sipTrunks).not.toBeNull();
    await value('reference.get');

    // A ready draft, written, finalized, sent and followed to its end.
    const fixture = readyDraftFor('dids');
    for (const file of fixture.files.values()) services.store.attachments.put(file);
    const data = { ...fixture.data, schedule: { date: '', time: '' } };
    const created = await value<DraftDetail>('drafts.create', { kind: fixture.kind, data });
    await value('drafts.save', { id: created.id, data, expectedRevision: created.revision });
    await value('drafts.list', {});
    await value('drafts.revisions', { id: created.id });
    await value('drafts.finalize', { id: created.id });
    await until(() => carrier.ports().length === 1, 'the port to reach the carrier');
    await until(
      () => services.store.drafts.get(created.id).status === 'completed',
      'the port to complete at the carrier',
    );
    await value('outbox.list');
    const tracking = await value<{ ticket: string | null }>('tracking.get', { draftId: created.id });
    expect(tracking.ticket).toBe(carrier.ports()[0]?.ticket);

    // The carrier refuses the login mid-session: the queue pauses and says so.
    carrier.faults.set({ unauthorized: true });
    await value('reference.refresh');
    await expect(value('account.test')).resolves.toEqual({ result: 'wrongCredentials' });
    carrier.faults.clear();

    // Every channel answered at least once, with valid or invalid input: all of it is checked below.
    const asked = new Set(answers.map((answer) => answer.channel));
    for (const channel of channelNames) if (!asked.has(channel)) await call(channel, {});

    expect(answers.length).toBeGreaterThanOrEqual(channelNames.length);
    for (const answer of answers)
      expectNoSecret(`the ${answer.channel} answer`, JSON.stringify(answer.result));
    expect(events.length).toBeGreaterThan(0);
    for (const payload of events) expectNoSecret('an event', JSON.stringify(payload));
  });

  it('is in no table, no audit row and no log line, and only its ciphertext is on disk', async () => {
    await services.shutdown();
    const file = join(dataDir, 'portage.sqlite');
    const db = openAppDatabase(dataDir, cipher);
    try {
      const attempts = db.prepare('SELECT * FROM outbox_attempts').all();
      expect(attempts.length).toBeGreaterThan(0);
      for (const table of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[]) {
        const rows = db.prepare(`SELECT * FROM "${table.name}"`).all();
        expectNoSecret(
          `table ${table.name}`,
          JSON.stringify(rows, (_key, v: unknown) =>
            v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
          ),
        );
      }
    } finally {
      db.close();
    }
    for (const path of [file, `${file}-wal`]) {
      if (existsSync(path)) expectNoSecret(path, readFileSync(path).toString('latin1'));
    }
    expect(logged.length).toBeGreaterThan(0);
    expectNoSecret('the log', logged.join('\n'));
  });
});
