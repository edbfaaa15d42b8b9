// A finalized request is frozen with its documents named by sha256 (outbox/frozen-body.ts) and written in
// only when it is sent: what leaves is byte for byte the body the request builder makes with the documents
// inline, the stored body stays small, and a document that no longer matches its sha256 is never sent.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { thawBody } from '../../../src-main/outbox/frozen-body';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { buildRequest } from '../../../src-main/shared/domain/build-request';
import type { Store } from '../../../src-main/store';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

let temp: ReturnType<typeof tempDir>;
let store: Store;
let practice: PracticeCarrier;

beforeEach(async () => {
  temp = tempDir();
  store = openTestStore(join(temp.dir, 'portage.db'));
  practice = await startPracticeCarrier({ statusStepMs: 3_600_000 });
});
afterEach(async () => {
  store.close();
  await practice.close();
  temp.remove();
});

/** A ready draft whose letter of authorization is `bytes` long (random, so nothing compresses away). */
function draftWithLetter(bytes: number, serial: number): string {
  const id = createReadyDraft(store, 'dids', serial);
  const draft = store.drafts.get(id);
  const content = new Uint8Array(bytes).map((_, i) => (i * 7919 + serial) % 251);
  const ref = store.attachments.put({ name: 'lettre.pdf', mimeType: 'application/pdf', content });
  store.drafts.save(id, {
    ...draft.data,
    // A text that looks like a stand-in must stay text: the stand-ins carry a nonce no draft can know.
    comments: { portTeam: `0000:${ref.sha256}` },
    attachments: { ...draft.data.attachments, letterOfAuthorization: [ref] },
  });
  return id;
}

const frozen = (id: string) =>
  store.db
    .prepare<[string], { parts_json: string; body_sha256: string }>(
      'SELECT b.parts_json, o.body_sha256 FROM outbox_items o JOIN outbox_bodies b USING (draft_id) WHERE draft_id = ?',
    )
    .get(id);

const frozenError = (id: string) =>
  store.db
    .prepare<[string], { last_error: string }>('SELECT last_error FROM outbox_items WHERE draft_id = ?')
    .get(id)?.last_error ?? '';

describe('a frozen request', () => {
  it('stores a few kilobytes for 2 MB of documents, and sends exactly the body built with them inline', async () => {
    const id = draftWithLetter(2 * 1024 * 1024, 1);
    const draft = store.drafts.get(id);
    // The body as the builder makes it with every document's contents: what the carrier must receive.
    const inline = buildRequest(draft, store.attachments.filesFor(draft.data)).bodyJson;
    createOutboxDrafts({ store, readyContext }).finalizeDraft(id);

    const stored = frozen(id);
    expect(stored?.parts_json.length).toBeLessThan(10_000);
    expect(inline.length).toBeGreaterThan(2 * 1024 * 1024);
    await expect(thawBody(stored?.parts_json ?? '', store.attachments)).resolves.toBe(inline);

    const worker = createOutboxWorker({ store, client: clientFor(() => practice.url) });
    worker.start();
    await waitFor(() => store.drafts.get(id).status === 'submitted', { what: 'the submission' });
    await worker.stop();
    expect(practice.ports().at(-1)?.body).toEqual(JSON.parse(inline));
  });

  it('is never sent once a document no longer matches its sha256: the dealer is told instead', async () => {
    const id = draftWithLetter(1024, 2);
    createOutboxDrafts({ store, readyContext }).finalizeDraft(id);
    const sha = store.drafts.get(id).data.attachments?.letterOfAuthorization?.[0]?.sha256 ?? '';
    store.db.prepare('UPDATE attachments SET content = ? WHERE sha256 = ?').run(Buffer.from('damaged'), sha);
    await expect(thawBody(frozen(id)?.parts_json ?? '', store.attachments)).rejects.toMatchObject({
      code: 'attachmentCorrupt',
    });

    const before = practice.ports().length;
    const worker = createOutboxWorker({ store, client: clientFor(() => practice.url) });
    worker.start();
    await waitFor(() => store.drafts.get(id).status !== 'queued', { what: 'the local failure' });
    await worker.stop();
    expect(store.drafts.get(id).status).toBe('needsAttention');
    expect(practice.ports()).toHaveLength(before);
    // The dealer reads which document, in the outbox's words.
    expect(JSON.parse(frozenError(id))).toMatchObject({
      key: 'error.attachmentCorrupt',
      params: { name: 'lettre.pdf' },
    });
  });
});
