// A whole working session through the IPC handlers of the real services, writing the real log file: a
// request written with a customer's details and a signed letter, sent to the practice carrier and followed
// to completion; then an account whose carrier answers a request with an exception that quotes the
// customer and echoes the password in several encodings; an export and an import; "Copy diagnostics".
// Afterwards the log files hold none of the customer's strings and no form of the password, while the
// carrier's exception text is kept for the dealer (stored and shown) with the password scrubbed out.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src-main/composition/services';
import { createLogFile, logFolderName, type LogFile } from '../../../src-main/diagnostics/log-file';
import { createStagedDialogs } from '../../../src-main/harness/staged-dialogs';
import { silentNotifier } from '../../../src-main/ipc/ports';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type { DraftDetail, IpcResult } from '../../../src-main/shared/ipc-contract/types';
import type { ChannelName } from '../../../src-main/shared/ipc-contract/channel-names';
import { readyDraftFor } from '../../unit/domain/fixtures';
import { answer, startScriptedServer, type ScriptedServer } from '../carrier/scripted-server';

const customer = {
  name: 'Boulangerie Zéphyrine Lacasse',
  accountNumber: '4815-1623-XQ',
  email: 'zephyrine.lacasse@exemple.ca',
  street: 'rue des Zéphyrs',
  postalCode: 'H2X 3K2',
  submitter: 'Zéphyrine',
  phone: '(450) 555-0177',
};
const letter = { name: 'lettre-zephyrine-lacasse.pdf', content: '%PDF-1.4 signed by Zéphyrine Lacasse' };
const username = 'dealer-7700';
const password = `Tr0ub&dor'3 "horse"`;
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every string of the customer's, in the forms a log line could carry it. */
const customerStrings = [
  customer.name,
  'Zéphyrine',
  'Lacasse',
  customer.accountNumber,
  customer.email,
  'zephyrine',
  customer.street,
  'Zéphyrs',
  customer.postalCode,
  customer.postalCode.toLowerCase(),
  '555-0177',
  '5555550177',
  '555-0100',
  '555.0101',
  '5145550100',
  '5145550101',
  letter.name,
  base64(letter.content).slice(4, 40),
];
const passwordForms = [
  password,
  base64(password),
  base64(`${username}:${password}`),
  encodeURIComponent(password),
  html(password),
  JSON.stringify(password).slice(1, -1),
];

const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
let dataDir: string;
let logFile: LogFile;
let services: Services;
let carrier: ScriptedServer;
let invoke: Invoke<SenderEvent>;
const dialogs = createStagedDialogs();

async function value<T>(channel: ChannelName, input?: unknown): Promise<T> {
  const result = (await invoke(channel, frame, input)) as IpcResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A ready request for the customer above, with the signed letter attached through the dialog. */
async function customerRequest(): Promise<string> {
  const ready = readyDraftFor('dids');
  const data = {
    ...ready.data,
    customer: { name: customer.name, accountNumber: customer.accountNumber },
    address: { ...ready.data.address, streetName: customer.street, postalCode: customer.postalCode },
    contacts: {
      ...ready.data.contacts,
      email: customer.email,
      submitterFirstName: customer.submitter,
      submitterPhone: customer.phone,
    },
    schedule: { date: '', time: '' },
    attachments: {},
  };
  const draft = await value<DraftDetail>('drafts.create', { kind: ready.kind, data });
  dialogs.stage({ name: letter.name, content: new TextEncoder().encode(letter.content) });
  await value('attachments.add', { draftId: draft.id, slot: 'letterOfAuthorization' });
  dialogs.stage({ name: 'facture.pdf', content: new TextEncoder().encode('invoice') });
  await value('attachments.add', { draftId: draft.id, slot: 'lastInvoice' });
  return draft.id;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portage-session-log-'));
  logFile = createLogFile({ dir: join(dataDir, logFolderName) });
  // The dealer's carrier: lists are empty, and every port request is refused with an exception that
  // quotes the request and echoes the login back in several encodings.
  carrier = await startScriptedServer((request, response) => {
    if (request.method !== 'POST') return answer(200, '[]')(request, response);
    const form = (JSON.parse(request.body) as { PortForm: Record<string, unknown> }).PortForm;
    const message = [
      `Refused for ${String(form.CustomerName)} at ${String(form.CustomerStreetName)} ${String(form.CustomerPostalCode)}`,
      `numbers ${JSON.stringify(form.NumbersToPort)}, contact ${String(form.Email)}`,
      `login ${username}:${password} sent as ${request.headers.authorization ?? ''}`,
      `also ${base64(`${username}:${password}`)}, ${encodeURIComponent(password)}, ${html(password)}`,
    ].join('; ');
    answer(400, JSON.stringify({ ID: 'InvalidPortForm', Message: message }))(request, response);
  });
  services = await createServices({
    dataDir,
    cipher: createNodeCipher(),
    fetchFn: fetch,
    clock: { now: () => Date.now() },
    dialogs,
    notifier: silentNotifier,
    practiceCarrierOptions: { statusStepMs: 60 },
    firstPollDelayMs: 50,
    trackingSchedule: { initialMs: 50, capMs: 100 },
    systemLocale: 'fr-CA',
    version: '9.9.9-test',
    log: logFile.write,
  });
  invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
    onInternalError: (channel, error) => services.log(`IPC ${channel} failed: ${String(error)}`, 'error'),
  });
});

afterAll(async () => {
  await services?.shutdown();
  await carrier?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a working session', () => {
  let practiceId = '';
  let refusedId = '';
  let diagnostics = '';

  it('sends a request to the practice carrier and follows it to completion', async () => {
    practiceId = await customerRequest();
    const finalized = await value<{ outcome: string }>('drafts.finalize', { id: practiceId });
    expect(finalized.outcome).toBe('queued');
    await until(() => services.store.drafts.get(practiceId).status === 'completed', 'the practice port');
  });

  it('keeps the exception text of a refused request, scrubbed of the password, and shows it', async () => {
    await value('account.set', { baseUrl: carrier.baseUrl, username, password });
    refusedId = await customerRequest();
    await value('drafts.finalize', { id: refusedId, confirmDuplicates: true });
    await until(() => services.store.drafts.get(refusedId).status === 'needsAttention', 'the refusal');

    const stored = JSON.stringify([
      services.store.db.prepare('SELECT * FROM outbox_attempts WHERE draft_id = ?').all(refusedId),
      services.store.db
        .prepare('SELECT last_error, message, evidence FROM outbox_items WHERE draft_id = ?')
        .all(refusedId),
      await value('outbox.list'),
      await value('tracking.get', { draftId: refusedId }),
    ]);
    // The carrier's own words are there for the dealer (they quote the customer: that is the point)...
    expect(stored).toContain(customer.name);
    expect(stored).toContain('[redacted]');
    // ...with no form of the password left in them.
    for (const form of passwordForms) expect(stored, `stored: ${form}`).not.toContain(form);
  });

  it('exports and imports the requests, and copies the diagnostics', async () => {
    await value('transfer.export', { ids: [practiceId, refusedId] });
    const saved = dialogs.saved().at(-1);
    if (!saved) throw new Error('nothing exported');
    dialogs.stage({ name: 'export.portage.json', content: saved.content });
    await expect(value('transfer.import')).resolves.toMatchObject({ alreadyHere: 2 });
    // A call the main process cannot answer: logged as an error, by channel and kind only.
    await invoke('drafts.get', frame, { id: 'no-such-draft' });
    diagnostics = (await value<{ text: string }>('app.diagnostics')).text;
    expect(diagnostics).toContain('Version\u00a0: 9.9.9-test');
    expect(diagnostics).toMatch(/drafts \d+/);
    expect(diagnostics).toContain('WARN  outbox:');
  });

  it('leaves the log with ids, operations, statuses and error kinds, and nothing of the customer or the password', async () => {
    await services.shutdown();
    const text = logFile
      .files()
      .map((path) => readFileSync(path, 'utf8'))
      .join('');
    // The log did record the session (the scan below would be empty otherwise).
    expect(text).toContain(`outbox: ${practiceId} attempt 1 → submitted`);
    expect(text).toContain(`outbox: ${refusedId} attempt 1 → exception (exception 400 InvalidPortForm)`);
    expect(text).toMatch(new RegExp(`tracking: ${practiceId} \\S+ → COMPLETED`));
    for (const leak of [...customerStrings, ...passwordForms]) {
      expect(text, `log: ${leak}`).not.toContain(leak);
      expect(diagnostics, `diagnostics: ${leak}`).not.toContain(leak);
    }
  });
});
