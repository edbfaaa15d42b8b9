// The documents Portage prepares, through the IPC channels the dealer's window uses, on a real SQLite file
// and the practice carrier on loopback: a letter of authorization signed on the screen is attached by itself,
// recorded in the audit trail, extracts with its accents, goes out of date when the customer's name
// changes (finalize refuses it until it is signed again), and reaches the carrier as the request's letter.
// The toll-free twin: a RespOrg authorization, attached as the RespOrg form.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createServices, type Services } from '../../../src-main/composition/services';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import type {
  DraftDetail,
  IpcResult,
  SignedDocument,
  PaperworkFile,
} from '../../../src-main/shared/ipc-contract/types';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import { readyDraftFor } from '../../unit/domain/fixtures';

const username = '770014';
const password = 'Acc0unt-Pa55';
const customer = 'Société Générale du Québec Inc.';
let carrier: PracticeCarrier;
let services: Services;
let invoke: Invoke<SenderEvent>;
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
const folder = mkdtempSync(join(tmpdir(), 'portage-paperwork-'));

async function call<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<IpcResult<T>> {
  return (await invoke(channel, frame, input)) as IpcResult<T>;
}
async function value<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The text of a PDF as poppler extracts it (what a porting desk's tools read). */
function pdfText(base64: string): string {
  const file = join(folder, `${createHash('sha256').update(base64).digest('hex')}.pdf`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const drawn = {
  method: 'drawn',
  width: 400,
  height: 150,
  strokes: [
    [
      [20, 100],
      [80, 40],
      [140, 110],
      [220, 30],
    ],
  ],
};

async function readyDraft(entry: 'dids' | 'tollFreeDids'): Promise<DraftDetail> {
  const fixture = readyDraftFor(entry);
  // Only the invoice: the letter (or RespOrg form) is the one Portage prepares.
  const { letterOfAuthorization: _loa, respOrgForm: _form, ...rest } = fixture.data.attachments ?? {};
  for (const file of fixture.files.values()) services.store.attachments.put(file);
  const data = {
    ...fixture.data,
    customer: { ...fixture.data.customer, name: customer },
    schedule: { date: '', time: '' },
    attachments: rest,
  };
  return value<DraftDetail>('drafts.create', { kind: fixture.kind, data });
}

beforeAll(async () => {
  carrier = await startPracticeCarrier({ credentials: { username, password }, statusStepMs: 300 });
  services = await createServices({
    dataDir: folder,
    cipher: createNodeCipher(),
    fetchFn: fetch,
    clock: { now: () => Date.now() },
    dialogs: cancellingDialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    systemLocale: 'fr-CA',
    firstPollDelayMs: 100,
    trackingSchedule: { initialMs: 200, capMs: 400 },
  });
  invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
  await value('account.set', { baseUrl: carrier.url, username, password });
});

afterAll(async () => {
  await services?.shutdown();
  await carrier?.close();
});

describe('the letter of authorization', () => {
  it('asks for the dealer’s name in Settings before it names them as agent', async () => {
    const draft = await readyDraft('dids');
    const refused = await call('paperwork.sign', {
      draftId: draft.id,
      document: 'letterOfAuthorization',
      locale: 'fr-CA',
      signer: { name: 'Hélène Côté', title: 'Présidente' },
      signature: drawn,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Paramètres/);
  });

  it('is signed, attached, recorded, extracts with its accents, goes out of date and reaches the carrier', async () => {
    await value('settings.update', { dealerName: 'Télécom Laurentides', newRespOrg: 'TKT01' });
    const draft = await readyDraft('dids');
    const preview = await value<{ base64: string }>('paperwork.preview', {
      draftId: draft.id,
      document: 'letterOfAuthorization',
      locale: 'fr-CA',
    });
    expect(pdfText(preview.base64)).toMatch(/Aperçu/);

    const signed = await value<SignedDocument>('paperwork.sign', {
      draftId: draft.id,
      document: 'letterOfAuthorization',
      locale: 'fr-CA',
      signer: { name: 'Hélène Côté', title: 'Présidente' },
      signature: drawn,
    });
    const attached = signed.draft.data.attachments?.letterOfAuthorization ?? [];
    expect(attached.map((ref) => ref.sha256)).toEqual([signed.sha256]);
    expect(signed.signatures).toEqual([
      expect.objectContaining({
        document: 'letterOfAuthorization',
        signerName: 'Hélène Côté',
        signerTitle: 'Présidente',
        method: 'drawn',
        pdfSha256: signed.sha256,
        draftRevision: draft.revision,
      }),
    ]);
    const file = await value<PaperworkFile>('paperwork.file', { draftId: draft.id, sha256: signed.sha256 });
    expect(createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex')).toBe(signed.sha256);
    const text = pdfText(file.base64);
    expect(text).toContain(customer);
    expect(text).toContain('Télécom Laurentides');
    expect(text).toContain('514 555-0100');
    expect(text).toContain('514 555-0101');
    expect(text).toContain('Hélène Côté');

    // The customer's name changes after signing: the letter is out of date and finalize refuses it.
    const opened = await value<DraftDetail>('drafts.get', { id: draft.id });
    expect(opened.signatures).toHaveLength(1);
    const renamed = await value<DraftDetail>('drafts.save', {
      id: draft.id,
      data: { ...opened.data, customer: { ...opened.data.customer, name: 'Société Générale du Québec' } },
      expectedRevision: opened.revision,
    });
    const refused = await call('drafts.finalize', { id: draft.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.issues?.map((issue) => issue.key)).toContain(
        'validation.paperwork.changed.customerName',
      );
    }

    const again = await value<SignedDocument>('paperwork.sign', {
      draftId: renamed.id,
      document: 'letterOfAuthorization',
      locale: 'en-CA',
      signer: { name: 'Hélène Côté', title: 'President' },
      signature: { method: 'typed', typedName: 'Hélène Côté', consent: true },
    });
    expect(again.signatures.map((record) => record.method)).toEqual(['drawn', 'typed']);
    const finalized = await value<{ outcome: string }>('drafts.finalize', {
      id: draft.id,
      confirmDuplicates: true,
    });
    expect(finalized.outcome).toBe('queued');
    const deadline = Date.now() + 20_000;
    while (carrier.ports().length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    const body = carrier.ports()[0]?.body as {
      PortForm: { FileLetterOfAuthorization: { FileName: string; Base64Contents: string }[] };
    };
    const sent = body.PortForm.FileLetterOfAuthorization[0];
    expect(sent?.FileName).toMatch(/^Letter-of-authorization-PTG-/);
    const sentText = pdfText(sent?.Base64Contents ?? '');
    expect(sentText).toContain(customer.replace(' Inc.', ''));
    expect(sentText).toContain('Signed electronically');
  });

  it('a typed signature needs the customer’s consent', async () => {
    const draft = await readyDraft('dids');
    const refused = await call('paperwork.sign', {
      draftId: draft.id,
      document: 'letterOfAuthorization',
      locale: 'en-CA',
      signer: { name: 'Hélène Côté', title: 'President' },
      signature: { method: 'typed', typedName: 'Hélène Côté', consent: false },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('paperworkConsentMissing');
  });
});

describe('the RespOrg authorization', () => {
  it('is signed and attached as the RespOrg form of a toll-free request', async () => {
    const draft = await readyDraft('tollFreeDids');
    const wrong = await call('paperwork.sign', {
      draftId: draft.id,
      document: 'letterOfAuthorization',
      locale: 'en-CA',
      signer: { name: 'Hélène Côté', title: 'President' },
      signature: drawn,
    });
    expect(wrong.ok).toBe(false);
    const signed = await value<SignedDocument>('paperwork.sign', {
      draftId: draft.id,
      document: 'respOrgForm',
      locale: 'en-CA',
      signer: { name: 'Hélène Côté', title: 'President' },
      signature: drawn,
    });
    expect(signed.draft.data.attachments?.respOrgForm?.map((ref) => ref.sha256)).toEqual([signed.sha256]);
    const file = await value<PaperworkFile>('paperwork.file', { draftId: draft.id, sha256: signed.sha256 });
    const text = pdfText(file.base64);
    expect(text).toContain('RespOrg Change Authorization');
    expect(text).toContain('TKT01');
    expect(text).toContain(customer);
  });
});
