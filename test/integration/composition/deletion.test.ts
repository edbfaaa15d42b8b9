// Deleting deletes, on the real services (composition, IPC handlers, an encrypted SQLite file, the embedded
// practice carrier on loopback): a request with unique words in its fields, in a letter of authorization
// and in the editor's unsaved stash is sent and completed, then purged by the dealer's retention period.
// Afterwards not one of those words is anywhere in the data folder in clear, nor in the database read
// page by page with its key (test/support/decrypted-pages.ts: the free pages and the WAL included), and
// no table holds a row of it; a file another draft still uses is kept.
//
// The control case shows the page scan can see deleted data: the same purge on a copy of the file with
// secure_delete off leaves the words in free pages, where the scan finds them.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src-main/composition/services';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type { Cipher } from '../../../src-main/secrets/cipher';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import type { DraftDetail, IpcResult } from '../../../src-main/shared/ipc-contract/types';
import { databaseFileName } from '../../../src-main/store';
import { applyKey } from '../../../src-main/store/encryption';
import { databaseKeyOf } from '../../support/app-database';
import { findIn, findInClear } from '../../support/clear-text-scan';
import { decryptDatabase } from '../../support/decrypted-pages';
import { createReadyDraft, waitFor } from '../outbox/harness';

type Channel = Parameters<Invoke<SenderEvent>>[0];
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
const day = 24 * 60 * 60 * 1000;
const tag = randomBytes(4).toString('hex');
/** Lowercase single words, so the search index's normalized terms are caught by the same scan. */
const words = {
  name: `zebulonquokka${tag}`,
  street: `ruedesquokkas${tag}`,
  comment: `appelerquokka${tag}`,
  letter: `lettrequokka${tag}`,
  stashed: `pastapequokka${tag}`,
  password: `motdepassequokka${tag}`,
};
const needles = Object.values(words);

let dataDir: string;
let cipher: Cipher;
let services: Services;
let offsetMs = 0;
let call: <T>(channel: Channel, input?: unknown) => Promise<T>;
let purgedId = '';
let keptId = '';
let ticket = '';
let sharedSha = '';
let letterSha = '';
let beforePurgeCopy = '';

/** Every table's rows that name the purged draft (by id, by its draft_seq, or by its ticket). */
function rowsOf(id: string): Record<string, number> {
  const db = services.store.db;
  const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  const seq = `(SELECT seq FROM drafts WHERE id = ?)`;
  return {
    drafts: count('SELECT COUNT(*) AS n FROM drafts WHERE id = ?', id),
    draft_revisions: count(`SELECT COUNT(*) AS n FROM draft_revisions WHERE draft_seq IN ${seq}`, id),
    draft_terms: count(`SELECT COUNT(*) AS n FROM draft_terms WHERE term LIKE ?`, `%quokka${tag}%`),
    draft_stash: count('SELECT COUNT(*) AS n FROM draft_stash WHERE draft_id = ?', id),
    outbox_items: count('SELECT COUNT(*) AS n FROM outbox_items WHERE draft_id = ?', id),
    outbox_intents: count('SELECT COUNT(*) AS n FROM outbox_intents WHERE draft_id = ?', id),
    outbox_attempts: count('SELECT COUNT(*) AS n FROM outbox_attempts WHERE draft_id = ?', id),
    port_tracking: count('SELECT COUNT(*) AS n FROM port_tracking WHERE draft_id = ?', id),
    port_status_timeline: count('SELECT COUNT(*) AS n FROM port_status_timeline WHERE draft_id = ?', id),
    line_secrets: count('SELECT COUNT(*) AS n FROM line_secrets WHERE draft_id = ?', id),
    letter: count('SELECT COUNT(*) AS n FROM attachments WHERE sha256 = ?', letterSha),
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portage-deletion-'));
  cipher = createNodeCipher({ keyFile: join(dataDir, 'test-cipher.key') });
  services = await createServices({
    dataDir,
    cipher,
    fetchFn: fetch,
    clock: { now: () => Date.now() + offsetMs },
    dialogs: cancellingDialogs,
    notifier: silentNotifier,
    practiceCarrierOptions: { statusStepMs: 200 },
    firstPollDelayMs: 50,
    trackingSchedule: { initialMs: 100, capMs: 200 },
    systemLocale: 'fr-CA',
  });
  const invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
  call = async <T>(channel: Channel, input?: unknown) => {
    const result = (await invoke(channel, frame, input)) as IpcResult<T>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  await call('reference.refresh');

  // The request to purge: the words in its fields and in a letter of authorization large enough to
  // spill over many pages (so the purge frees whole pages, not only space inside one).
  const { store } = services;
  // A residential line: it has a line, whose SIP password travels in the request (and nowhere else).
  purgedId = createReadyDraft(store, 'residentialLine', 900);
  keptId = createReadyDraft(store, 'dids', 901);
  const base = store.drafts.get(purgedId).data;
  sharedSha = base.attachments?.lastInvoice?.[0]?.sha256 ?? '';
  const filler = randomBytes(60_000).toString('hex');
  const letter = store.attachments.put({
    name: 'lettre.pdf',
    mimeType: 'application/pdf',
    content: new TextEncoder().encode(`%PDF-1.4 ${words.letter} ${filler} ${words.letter}`),
  });
  letterSha = letter.sha256;
  const data: DraftData = {
    ...base,
    customer: { ...base.customer, name: words.name },
    address: { ...base.address, streetName: words.street },
    comments: { ...base.comments, portTeam: words.comment },
    schedule: { date: '', time: '' },
    attachments: { ...base.attachments, letterOfAuthorization: [letter] },
  };
  const saved = await call<DraftDetail>('drafts.save', {
    id: purgedId,
    data,
    stash: { session: 'editor-1', edit: 3 },
  });
  const line = saved.data.service?.lines?.[0]?.number ?? '';
  await call('drafts.setLinePassword', {
    draftId: purgedId,
    number: line,
    field: 'sipPassword',
    password: words.password,
  });
  // Typed after that save and stashed, never saved: the editor's safety net holds it.
  await call('drafts.stash', {
    id: purgedId,
    stamp: { session: 'editor-1', edit: 4 },
    revision: saved.revision,
    data: { ...data, comments: { ...data.comments, losingCarrier: words.stashed } },
  });
  await call('drafts.finalize', { id: purgedId });
  await waitFor(() => store.drafts.get(purgedId).status === 'completed', {
    what: 'the request to complete',
    timeoutMs: 30_000,
  });
  ticket = store.drafts.get(purgedId).ticket ?? '';
});

afterAll(async () => {
  await services?.shutdown();
});

describe('before the purge', () => {
  it('holds the words only encrypted: nowhere in the data folder in clear, but in the decrypted pages', () => {
    expect(ticket).toMatch(/^P\d{7}$/);
    expect(findInClear(dataDir, needles)).toEqual([]);
    // The practice carrier has the request (it was sent with the words), sealed in its file.
    expect(JSON.stringify(services.practiceCarrier()?.ports())).toContain(words.name);
    expect(readFileSync(join(dataDir, 'practice-carrier.json'), 'utf8')).toContain(ticket);

    services.store.db.pragma('wal_checkpoint(TRUNCATE)');
    const key = databaseKeyOf(dataDir, cipher);
    const database = decryptDatabase(join(dataDir, databaseFileName), key);
    const found = new Set(
      findIn([['pages', Buffer.concat(database.pages)]], needles).map((hit) => hit.needle),
    );
    expect([...found].sort()).toEqual([...needles].sort());
    // Kept for the control case below: the file as it was before the purge.
    beforePurgeCopy = join(mkdtempSync(join(tmpdir(), 'portage-deletion-copy-')), databaseFileName);
    copyFileSync(join(dataDir, databaseFileName), beforePurgeCopy);
  });
});

describe('the purge by the retention period', () => {
  it('removes every row of the request, its letter and the practice carrier’s record; keeps what another draft uses', async () => {
    expect(Object.values(rowsOf(purgedId)).every((n) => n > 0)).toBe(true);
    offsetMs = 91 * day;
    expect(await call('settings.retentionPreview', { period: '90d' })).toEqual({ count: 1 });
    expect(await call('settings.retentionPreview', { period: '1y' })).toEqual({ count: 0 });
    await call('settings.update', { retention: '90d' });

    expect(rowsOf(purgedId)).toEqual({
      drafts: 0,
      draft_revisions: 0,
      draft_terms: 0,
      draft_stash: 0,
      outbox_items: 0,
      outbox_intents: 0,
      outbox_attempts: 0,
      port_tracking: 0,
      port_status_timeline: 0,
      line_secrets: 0,
      letter: 0,
    });
    const kept = services.store.drafts.get(keptId);
    expect(kept.data.attachments?.lastInvoice?.[0]?.sha256).toBe(sharedSha);
    expect(services.store.attachments.get(sharedSha)).not.toBeNull();
    expect(
      services
        .practiceCarrier()
        ?.ports()
        .map((port) => port.ticket),
    ).not.toContain(ticket);
    expect(readFileSync(join(dataDir, 'practice-carrier.json'), 'utf8')).not.toContain(ticket);
  });

  it('leaves none of its words in the database’s pages, free pages or WAL, read with the key', () => {
    const key = databaseKeyOf(dataDir, cipher);
    const database = decryptDatabase(join(dataDir, databaseFileName), key);
    // The purge freed whole pages (the letter's): those are scanned too, and must be zeros.
    expect(database.freePages).toBeGreaterThan(0);
    expect(
      findIn(
        [
          ['database pages', Buffer.concat(database.pages)],
          ['WAL frames', Buffer.concat(database.walPages)],
        ],
        needles,
      ),
    ).toEqual([]);
    expect(findInClear(dataDir, needles)).toEqual([]);
  });

  it('(control) the same purge with secure_delete off leaves the words in free pages, where the scan sees them', () => {
    const key = databaseKeyOf(dataDir, cipher);
    const copy = new Database(beforePurgeCopy);
    applyKey(copy, key);
    copy.pragma('foreign_keys = ON');
    copy.pragma('secure_delete = OFF');
    copy.prepare('DELETE FROM drafts WHERE id = ?').run(purgedId);
    copy.prepare('DELETE FROM attachments WHERE sha256 = ?').run(letterSha);
    expect(copy.prepare('SELECT COUNT(*) AS n FROM outbox_items WHERE draft_id = ?').get(purgedId)).toEqual({
      n: 0,
    });
    copy.close();
    const database = decryptDatabase(beforePurgeCopy, key);
    expect(database.freePages).toBeGreaterThan(0);
    const found = new Set(
      findIn([['pages', Buffer.concat(database.pages)]], needles).map((hit) => hit.needle),
    );
    expect(found.size).toBeGreaterThan(0);
  });
});
