// The handlers on the real services (real SQLite file), with a scripted dialog double and no carrier
// (fetch fails as when offline). What the renderer would see for the file, account and split channels.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialogs, PickedFile } from '../../../src-main/ipc/ports';
import { silentNotifier } from '../../../src-main/ipc/ports';
import { createServices, type Services } from '../../../src-main/composition/services';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import type { DraftDetail, IpcResult } from '../../../src-main/shared/ipc-contract/types';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import { maxTransferFileBytes } from '../../../src-main/shared/domain/transfer-limits';

// A pick known by its size alone stands for a file too large to make here; like the app's dialogs, the
// double answers a file over the caller's limit as too large, without reading it.
const picks: (PickedFile | { name: string; size: number })[] = [];
const saved: Uint8Array[] = [];
const pick: Dialogs['openFile'] = async ({ maxBytes }) => {
  const file = picks.shift();
  if (!file) return null;
  const size = 'content' in file ? file.content.byteLength : file.size;
  if (size > maxBytes) return { name: file.name, size, tooLarge: true };
  return 'content' in file ? file : { name: file.name, content: new Uint8Array(size) };
};
const dialogs: Dialogs = {
  openFile: pick,
  openFileForImport: pick,
  saveFile: async ({ content }) => {
    saved.push(Buffer.concat(content));
    return true;
  },
};

let services: Services;
let invoke: Invoke<SenderEvent>;
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
const call = async <T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<IpcResult<T>> =>
  (await invoke(channel, frame, input)) as IpcResult<T>;
async function value<T>(channel: Parameters<Invoke<SenderEvent>>[0], input?: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

beforeAll(async () => {
  services = await createServices({
    dataDir: mkdtempSync(join(tmpdir(), 'portage-handlers-')),
    cipher: createNodeCipher(),
    fetchFn: async () => {
      throw new TypeError('fetch failed');
    },
    clock: { now: () => Date.now() },
    dialogs,
    notifier: silentNotifier,
    practiceCarrier: false,
    background: false,
    systemLocale: 'en-CA',
  });
  invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
});

afterAll(async () => {
  await services?.shutdown();
});

describe('IPC handlers on the real services', () => {
  it('attaches the file picked in the dialog, and removes it', async () => {
    const draft = await value<DraftDetail>('drafts.create', { kind: 'sipTrunkDids', data: {} });
    picks.push({ name: 'LOA.PDF', content: new TextEncoder().encode('%PDF-1.7 loa') });
    const withFile = await value<DraftDetail>('attachments.add', {
      draftId: draft.id,
      slot: 'letterOfAuthorization',
    });
    const [ref] = withFile.data.attachments?.letterOfAuthorization ?? [];
    expect(ref).toMatchObject({ name: 'LOA.PDF', mimeType: 'application/pdf', size: 12 });
    expect(withFile.revision).toBe(draft.revision + 1);
    const without = await value<DraftDetail>('attachments.remove', {
      draftId: draft.id,
      slot: 'letterOfAuthorization',
      sha256: ref?.sha256,
    });
    expect(without.data.attachments?.letterOfAuthorization).toEqual([]);
  });

  it('answers null when the dealer cancels the dialog, and changes nothing', async () => {
    const draft = await value<DraftDetail>('drafts.create', { kind: 'virtualFax', data: {} });
    await expect(call('attachments.add', { draftId: draft.id, slot: 'lastInvoice' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect((await value<DraftDetail>('drafts.get', { id: draft.id })).revision).toBe(draft.revision);
  });

  // Used to expect a copy (imported: 1, two drafts found): importing a draft that is already here now
  // leaves it as it is and says so.
  it('exports drafts through the save dialog; importing them back copies nothing: already here', async () => {
    const draft = await value<DraftDetail>('drafts.create', {
      kind: 'residentialLine',
      data: { customer: { name: 'Export Test' } },
    });
    await expect(call('transfer.export', { ids: [draft.id] })).resolves.toEqual({
      ok: true,
      value: { saved: true },
    });
    const file = saved.at(-1);
    expect(file).toBeDefined();
    picks.push({ name: 'export.portage.json', content: file ?? new Uint8Array() });
    await expect(call('transfer.import')).resolves.toEqual({
      ok: true,
      value: { imported: 0, updated: 0, alreadyHere: 1 },
    });
    const list = await value<{ total: number }>('drafts.list', { query: 'Export Test' });
    expect(list.total).toBe(1);
  });

  it('exports many drafts read a slice at a time as one file, each shared document in it once', async () => {
    picks.push({ name: 'shared.pdf', content: new TextEncoder().encode('%PDF-1.4 shared') });
    const first = await value<DraftDetail>('drafts.create', { kind: 'virtualFax', data: {} });
    const withFile = await value<DraftDetail>('attachments.add', { draftId: first.id, slot: 'lastInvoice' });
    const ids = [withFile.id];
    for (let i = 0; i < 59; i++) {
      const copy = await value<DraftDetail>('drafts.duplicate', { id: withFile.id });
      ids.push(copy.id);
    }
    await expect(call('transfer.export', { ids })).resolves.toEqual({ ok: true, value: { saved: true } });
    const file = JSON.parse(new TextDecoder().decode(saved.at(-1))) as {
      drafts: { id: string }[];
      attachments: { name: string }[];
    };
    expect(file.drafts.map((draft) => draft.id)).toEqual(ids);
    expect(file.attachments.map((attachment) => attachment.name)).toEqual(['shared.pdf']);
  });

  it('refuses an import that is not a Portage export, with a translated message', async () => {
    picks.push({ name: 'notes.json', content: new TextEncoder().encode('{"hello": "world"}') });
    const result = await call('transfer.import');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    picks.push({ name: 'binary.json', content: new Uint8Array([0xff, 0xfe, 0x00]) });
    await expect(call('transfer.import')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalidImport' },
    });
  });

  it('refuses an import file over the one transfer limit, saying its size and the limit', async () => {
    picks.push({ name: 'huge.portage.json', size: maxTransferFileBytes + 1024 * 1024 });
    const result = await call('transfer.import');
    expect(result).toMatchObject({ ok: false, error: { code: 'importTooLarge' } });
    if (!result.ok) {
      expect(result.error.message).toContain('257 MB');
      expect(result.error.message).toContain('256 MB');
    }
  });

  it('splits a draft mixing toll-free and regular numbers into two drafts', async () => {
    const draft = await value<DraftDetail>('drafts.create', {
      kind: 'sipTrunkDids',
      data: { customer: { name: 'Mixte' }, numbers: { toPort: ['613 555 0123', '1 800 555 0199'] } },
    });
    const { regular, tollFree } = await value<{ regular: DraftDetail; tollFree: DraftDetail }>(
      'drafts.split',
      {
        id: draft.id,
      },
    );
    expect(regular.id).toBe(draft.id);
    expect(regular.data.numbers?.toPort).toEqual(['613 555 0123']);
    expect(tollFree.data.numbers?.toPort).toEqual(['1 800 555 0199']);
    expect(tollFree.data.customer?.name).toBe('Mixte');
    await expect(call('drafts.split', { id: draft.id })).resolves.toMatchObject({
      ok: false,
      error: { code: 'notMixed' },
    });
  });

  it('keeps the password out of every account answer', async () => {
    const set = await call('account.set', {
      baseUrl: 'https://api.thinktel.ca/rest.svc',
      username: '12345',
      password: 'correct horse battery',
      sessionOnly: true,
    });
    expect(set).toMatchObject({ ok: true, value: { configured: true, username: '12345' } });
    expect(JSON.stringify(set)).not.toContain('correct horse');
    expect(JSON.stringify(await call('account.get'))).not.toContain('correct horse');
    await expect(call('account.test')).resolves.toEqual({ ok: true, value: { result: 'unreachable' } });
    await expect(call('numbers.checkPortable', { number: '6135550123' })).resolves.toEqual({
      ok: true,
      value: { portable: null },
    });
    const insecure = await call('account.set', {
      baseUrl: 'http://evil.example',
      username: 'u',
      password: 'p',
    });
    expect(insecure).toMatchObject({ ok: false, error: { code: 'insecureUrl' } });
  });

  it('follows the language setting in its messages', async () => {
    await value('settings.update', { language: 'fr-CA' });
    const fr = await call('drafts.get', { id: 'missing' });
    await value('settings.update', { language: 'en-CA' });
    const en = await call('drafts.get', { id: 'missing' });
    expect(fr.ok || en.ok).toBe(false);
    if (!fr.ok && !en.ok) {
      expect(fr.error.code).toBe('notFound');
      expect(fr.error.message).not.toBe(en.error.message);
    }
    await expect(call('app.info')).resolves.toMatchObject({
      ok: true,
      value: { locale: 'en-CA', practiceMode: false },
    });
  });
});
