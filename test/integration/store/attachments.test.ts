import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, maxAttachmentBytes } from '../../../src-main/store/index';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
beforeEach(() => {
  t = tempStore();
});
afterEach(() => t.cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);
const dayMs = 24 * 60 * 60 * 1000;

describe('attachments', () => {
  it('stores a file once by its sha256 and reads it back', () => {
    const content = bytes('%PDF-1.4 letter of authorization');
    const ref = t.store.attachments.put({ name: 'loa.pdf', mimeType: 'application/pdf', content });
    expect(ref).toEqual({
      sha256: createHash('sha256').update(content).digest('hex'),
      name: 'loa.pdf',
      mimeType: 'application/pdf',
      size: content.byteLength,
    });
    const again = t.store.attachments.put({ name: 'copy.pdf', mimeType: 'application/pdf', content });
    expect(again.sha256).toBe(ref.sha256);
    expect(t.store.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 1 });
    expect(Buffer.from(t.store.attachments.get(ref.sha256)?.content ?? []).toString()).toBe(
      '%PDF-1.4 letter of authorization',
    );
    expect(t.store.attachments.get('0'.repeat(64))).toBeNull();
  });

  it('refuses a file over 20 MB with its size', () => {
    const content = new Uint8Array(maxAttachmentBytes + 1);
    let error: unknown;
    try {
      t.store.attachments.put({ name: 'huge.tif', mimeType: 'image/tiff', content });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'attachmentTooLarge',
      params: { bytes: maxAttachmentBytes + 1, size: '20 MB', limit: '20 MB' },
    });
  });

  it('gives the request builder every file of a draft, under the name the draft gives it', () => {
    const loa = t.store.attachments.put({
      name: 'loa.pdf',
      mimeType: 'application/pdf',
      content: bytes('loa'),
    });
    const bill = t.store.attachments.put({
      name: 'bill.pdf',
      mimeType: 'application/pdf',
      content: bytes('bill'),
    });
    const files = t.store.attachments.filesFor({
      attachments: { letterOfAuthorization: [{ ...loa, name: 'Lettre.pdf' }], lastInvoice: [bill] },
    });
    expect([...files.keys()]).toEqual([loa.sha256, bill.sha256]);
    expect(files.get(loa.sha256)?.name).toBe('Lettre.pdf');
    expect(Buffer.from(files.get(bill.sha256)?.content ?? []).toString()).toBe('bill');
    expect(() =>
      t.store.attachments.filesFor({ attachments: { lastInvoice: [{ ...bill, sha256: 'f'.repeat(64) }] } }),
    ).toThrow(expect.objectContaining({ code: 'attachmentMissing' }));
  });

  it('collects attachments no draft references once their drafts are purged', () => {
    const loa = t.store.attachments.put({
      name: 'loa.pdf',
      mimeType: 'application/pdf',
      content: bytes('loa'),
    });
    const shared = t.store.attachments.put({
      name: 's.pdf',
      mimeType: 'application/pdf',
      content: bytes('shared'),
    });
    const a = t.store.drafts.create('virtualFax', {
      attachments: { letterOfAuthorization: [loa, shared] },
    }).id;
    const b = t.store.drafts.create('virtualFax', { attachments: { lastInvoice: [shared] } }).id;
    // Removed from the draft, but an old revision still has it: kept while the draft exists.
    t.store.drafts.save(a, { attachments: { letterOfAuthorization: [shared] } });
    t.store.drafts.trash(a);
    t.clock.advance(31 * dayMs);
    expect(t.store.drafts.purgeTrash(t.clock.now)).toEqual([a]);
    expect(t.store.attachments.get(loa.sha256)).toBeNull();
    expect(t.store.attachments.get(shared.sha256)).not.toBeNull();
    expect(t.store.drafts.get(b).data.attachments?.lastInvoice).toEqual([shared]);
  });
});

describe('export and import', () => {
  // This test used to pin the old behaviour (every import made new editable drafts, status and ticket
  // dropped); a request now travels as itself: same id, status and ticket, read-only once finalized.
  it('round-trips a request with its files: same id, status and ticket, read-only, never copied', () => {
    const loa = t.store.attachments.put({
      name: 'loa.pdf',
      mimeType: 'application/pdf',
      content: bytes('loa'),
    });
    const data = { customer: { name: 'Côté' }, attachments: { letterOfAuthorization: [loa] } };
    const id = t.store.drafts.create('sipTrunkDids', data).id;
    t.store.drafts.setStatus(id, 'completed');
    t.store.drafts.setTicket(id, 'T-1');
    const bundle = JSON.parse(JSON.stringify(t.store.transfer.exportDrafts([id]))) as unknown;
    expect(bundle).toMatchObject({
      format: 'portage-drafts',
      version: 2,
      drafts: [{ id, kind: 'sipTrunkDids', title: 'Côté', data, status: 'completed', ticket: 'T-1' }],
      attachments: [
        {
          sha256: loa.sha256,
          name: 'loa.pdf',
          mimeType: 'application/pdf',
          base64: Buffer.from('loa').toString('base64'),
        },
      ],
    });

    const other = tempStore();
    try {
      expect(other.store.transfer.importDrafts(bundle)).toEqual({
        imported: [id],
        updated: [],
        alreadyHere: [],
      });
      const draft = other.store.drafts.get(id);
      expect(draft).toMatchObject({ status: 'completed', editable: false, ticket: 'T-1', data });
      expect(other.store.attachments.filesFor(draft.data).size).toBe(1);
      expect(other.store.transfer.importDrafts(bundle)).toEqual({
        imported: [],
        updated: [],
        alreadyHere: [id],
      });
      expect(other.store.drafts.list().total).toBe(1);
    } finally {
      other.cleanup();
    }
  });

  it('refuses a damaged bundle and imports nothing', () => {
    const loa = t.store.attachments.put({
      name: 'loa.pdf',
      mimeType: 'application/pdf',
      content: bytes('loa'),
    });
    const id = t.store.drafts.create('sipTrunkDids', { attachments: { letterOfAuthorization: [loa] } }).id;
    const bundle = t.store.transfer.exportDrafts([id]);
    const other = tempStore();
    try {
      const tampered = {
        ...bundle,
        attachments: bundle.attachments.map((a) => ({ ...a, base64: Buffer.from('LOA').toString('base64') })),
      };
      expect(() => other.store.transfer.importDrafts(tampered)).toThrow(
        expect.objectContaining({ code: 'attachmentCorrupt' }),
      );
      expect(() => other.store.transfer.importDrafts({ ...bundle, attachments: [] })).toThrow(
        expect.objectContaining({ code: 'attachmentMissing' }),
      );
      expect(() => other.store.transfer.importDrafts({ format: 'zip' })).toThrow(
        expect.objectContaining({ code: 'invalidImport' }),
      );
      expect(other.store.drafts.list().total).toBe(0);
    } finally {
      other.cleanup();
    }
  });
});
