// A line's SIP and web self-care passwords are secrets: through the IPC channels the dealer's window
// uses, a password set on a line reaches the carrier in the body of the request and nowhere else it
// could be read back: no IPC answer or event, no draft JSON, no history point, no export, no log line;
// at rest only its ciphertext. A duplicate carries it; the window only ever learns which are set.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../src-main/ipc/ports';
import { silentNotifier } from '../../../src-main/ipc/ports';
import { createServices, type Services } from '../../../src-main/composition/services';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import type { DraftDetail, IpcResult } from '../../../src-main/shared/ipc-contract/types';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type { Cipher } from '../../../src-main/secrets/cipher';
import { openAppDatabase } from '../../support/app-database';
import { readyDraftFor } from '../../unit/domain/fixtures';

const username = '770014';
const accountPassword = 'Acc0unt-Pa55';
const sipPassword = 'S1p-Ligne-Résidentielle-9931';
const webPassword = 'W3b-Libre-Service-7712';
const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  encodeURIComponent(secret),
  JSON.stringify(secret).slice(1, -1),
];

let carrier: PracticeCarrier;
let cipher: Cipher;
let services: Services;
let dataDir: string;
let invoke: Invoke<SenderEvent>;
const answers: { channel: string; result: unknown }[] = [];
const events: unknown[] = [];
const logged: string[] = [];
const exported: Uint8Array[] = [];
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
const consoleMethods = { log: console.log, warn: console.warn, error: console.error };

const dialogs: Dialogs = {
  openFile: async () => null,
  openFileForImport: async () => null,
  saveFile: async ({ content }) => {
    exported.push(Buffer.concat(content));
    return true;
  },
};

async function value<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<T> {
  const result = (await invoke(channel, frame, input)) as IpcResult<T>;
  answers.push({ channel, result });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function expectNowhere(where: string, text: string): void {
  for (const secret of [sipPassword, webPassword]) {
    for (const form of forms(secret))
      expect(text.includes(form), `${where} holds a line password`).toBe(false);
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
  for (const method of ['log', 'warn', 'error'] as const) {
    console[method] = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      consoleMethods[method](...args);
    };
  }
  carrier = await startPracticeCarrier({
    credentials: { username, password: accountPassword },
    statusStepMs: 300,
  });
  dataDir = mkdtempSync(join(tmpdir(), 'portage-line-passwords-'));
  cipher = createNodeCipher();
  services = await createServices({
    dataDir,
    cipher,
    fetchFn: fetch,
    clock: { now: () => Date.now() },
    dialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    systemLocale: 'fr-CA',
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
  await value('account.set', { baseUrl: carrier.url, username, password: accountPassword });
});

afterAll(async () => {
  await services?.shutdown();
  await carrier?.close();
  Object.assign(console, consoleMethods);
});

describe('line passwords', () => {
  let draftId = '';

  it('are set through the window, which learns only which ones are set', async () => {
    const fixture = readyDraftFor('residentialLine');
    for (const file of fixture.files.values()) services.store.attachments.put(file);
    const data = { ...fixture.data, schedule: { date: '', time: '' } };
    const created = await value<DraftDetail>('drafts.create', { kind: fixture.kind, data });
    draftId = created.id;

    const set = await value<{ linePasswords: unknown[] }>('drafts.setLinePassword', {
      draftId,
      number: '514.555.0101',
      field: 'sipPassword',
      password: sipPassword,
    });
    expect(set.linePasswords).toEqual([{ number: '5145550101', field: 'sipPassword' }]);
    await value('drafts.setLinePassword', {
      draftId,
      number: '(514) 555-0101',
      field: 'webSelfCarePassword',
      password: webPassword,
    });
    const opened = await value<DraftDetail>('drafts.get', { id: draftId });
    expect(opened.linePasswords).toEqual([
      { number: '5145550101', field: 'sipPassword' },
      { number: '5145550101', field: 'webSelfCarePassword' },
    ]);

    // A number without a line is refused, in the dealer's language, and changes nothing.
    const refused = (await invoke('drafts.setLinePassword', frame, {
      draftId,
      number: '613 555 0199',
      field: 'sipPassword',
      password: 'x',
    })) as IpcResult<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'linePasswordNotALine' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/n’a pas de ligne/);
  });

  it('follow a copy, and stay out of the draft, its history and the export', async () => {
    await value('drafts.save', {
      id: draftId,
      data: {
        ...(await value<DraftDetail>('drafts.get', { id: draftId })).data,
        comments: { portTeam: 'Merci' },
      },
    });
    const copy = await value<DraftDetail>('drafts.duplicate', { id: draftId });
    const copied = await value<DraftDetail>('drafts.get', { id: copy.id });
    expect(copied.linePasswords).toHaveLength(2);
    await value('drafts.revisions', { id: draftId });
    await value('transfer.export', { ids: [draftId, copy.id] });
    expect(exported).toHaveLength(1);
    const file = new TextDecoder().decode(exported[0]);
    expectNowhere('the export', file);
    expect(JSON.parse(file).notes[0]).toMatch(/Line passwords/);
  });

  it('reach the carrier in the body of the request, on their line', async () => {
    // The duplicate made above ports the same numbers: finalizing asks to confirm sending them again.
    await value('drafts.finalize', { id: draftId, confirmDuplicates: true });
    await until(() => carrier.ports().length === 1, 'the port to reach the carrier');
    const body = carrier.ports()[0]?.body as { Lines: Record<string, unknown>[] };
    expect(body.Lines[0]).not.toHaveProperty('SipPassword');
    expect(body.Lines[1]).toMatchObject({ SipPassword: sipPassword, WebSelfCarePassword: webPassword });
    await until(() => services.store.drafts.get(draftId).status !== 'queued', 'the port to be submitted');
    // "Edit a copy" of a sent request carries its lines' passwords too.
    const copy = await value<{ draft: DraftDetail }>('drafts.editCopy', { id: draftId });
    expect((await value<DraftDetail>('drafts.get', { id: copy.draft.id })).linePasswords).toHaveLength(2);
  });

  it('appear in no IPC answer, event or log line, and only as ciphertext in their own table', async () => {
    for (const answer of answers)
      expectNowhere(`the ${answer.channel} answer`, JSON.stringify(answer.result));
    for (const payload of events) expectNowhere('an event', JSON.stringify(payload));
    expectNowhere('the log', logged.join('\n'));
    await services.shutdown();

    const db = openAppDatabase(dataDir, cipher);
    try {
      const text = (sql: string) =>
        JSON.stringify(db.prepare(sql).all(), (_key, v: unknown) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
        );
      expectNowhere('the drafts', text('SELECT * FROM drafts'));
      expectNowhere('the history', text('SELECT * FROM draft_revisions'));
      expectNowhere('the audit trail', text('SELECT * FROM outbox_attempts'));
      expectNowhere('line_secrets', text('SELECT * FROM line_secrets'));
      // The draft, its duplicate and its edited copy: two passwords each.
      expect(db.prepare('SELECT count(*) AS n FROM line_secrets').get()).toEqual({ n: 6 });
    } finally {
      db.close();
    }
  });
});
