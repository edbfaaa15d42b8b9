// Line passwords at rest: only ciphertext, in their own table; a duplicate and a split carry the rows of
// the lines they hold (without decrypting them); purging a draft removes them; an export leaves them out
// and says so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import { createLinePasswords, type LinePasswords } from '../../../src-main/secrets/line-passwords';
import { exportNotes } from '../../../src-main/store/transfer';
import { splitDraft } from '../../../src-main/store/draft-split';
import { Failure } from '../../../src-main/shared/domain/failure';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore;
let passwords: LinePasswords;
const secret = 'Sip-Pa55word-only-here';

beforeEach(() => {
  t = tempStore();
  passwords = createLinePasswords({ store: t.store, cipher: createNodeCipher(), clock: () => t.clock.now });
});
afterEach(() => t.cleanup());

function linesDraft(numbers: string[]) {
  return t.store.drafts.create('residentialLine', {
    numbers: { toPort: numbers },
    service: { lines: numbers.map((number) => ({ number, planId: 'RES', account: '1', locale: 2 })) },
  });
}

function tableText(): string {
  return JSON.stringify(t.store.db.prepare('SELECT * FROM line_secrets').all(), (_key, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value,
  );
}

describe('line passwords at rest', () => {
  it('are set, listed by number and field only, changed and cleared', () => {
    const draft = linesDraft(['(613) 555-0123', '613 555 0124']);
    expect(
      passwords.set({ draftId: draft.id, number: '613-555-0123', field: 'sipPassword', password: secret }),
    ).toEqual([{ number: '6135550123', field: 'sipPassword' }]);
    expect(tableText()).not.toContain(secret);
    expect(passwords.reveal(draft.id)).toEqual([
      { number: '6135550123', field: 'sipPassword', password: secret },
    ]);
    passwords.set({ draftId: draft.id, number: '6135550123', field: 'sipPassword', password: 'changed' });
    expect(passwords.reveal(draft.id)[0]?.password).toBe('changed');
    expect(
      passwords.set({ draftId: draft.id, number: '6135550123', field: 'sipPassword', password: '' }),
    ).toEqual([]);
    expect(t.store.db.prepare('SELECT count(*) AS n FROM line_secrets').get()).toEqual({ n: 0 });
  });

  it('are refused for a number that has no line, a locked draft, or without a secure key store', () => {
    const draft = linesDraft(['613 555 0123']);
    expect(() =>
      passwords.set({ draftId: draft.id, number: '613 555 9999', field: 'sipPassword', password: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'linePasswordNotALine' }) as Failure);
    const weak = createLinePasswords({
      store: t.store,
      cipher: createNodeCipher({ reportStatus: 'weak' }),
      clock: () => t.clock.now,
    });
    expect(() =>
      weak.set({ draftId: draft.id, number: '613 555 0123', field: 'sipPassword', password: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'linePasswordEncryption' }) as Failure);
    t.store.drafts.setStatus(draft.id, 'queued');
    expect(() =>
      passwords.set({ draftId: draft.id, number: '613 555 0123', field: 'sipPassword', password: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'draftLocked' }) as Failure);
    expect(passwords.list(draft.id)).toEqual([]);
  });

  it('follow a duplicate, stay out of the draft, its history and an export, and go with a purge', () => {
    const draft = linesDraft(['613 555 0123']);
    passwords.set({
      draftId: draft.id,
      number: '6135550123',
      field: 'webSelfCarePassword',
      password: secret,
    });
    t.store.drafts.save(draft.id, { ...draft.data, customer: { name: 'Tremblay' } });
    const copy = t.store.drafts.duplicate(draft.id);
    expect(passwords.list(copy.id)).toEqual([{ number: '6135550123', field: 'webSelfCarePassword' }]);
    expect(passwords.reveal(copy.id)[0]?.password).toBe(secret);

    const stored = JSON.stringify(
      t.store.db.prepare('SELECT data FROM drafts UNION ALL SELECT data FROM draft_revisions').all(),
    );
    expect(stored).not.toContain(secret);
    const bundle = t.store.transfer.exportDrafts([draft.id, copy.id]);
    expect(JSON.stringify(bundle)).not.toContain(secret);
    expect(bundle.notes).toEqual([...exportNotes]);
    expect(bundle.notes?.[0]).toMatch(/Line passwords .* are not included/);

    t.store.drafts.trash(draft.id);
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    t.store.drafts.purgeTrash(t.clock.now);
    expect(passwords.list(draft.id)).toEqual([]);
    expect(passwords.list(copy.id)).toHaveLength(1);
  });

  it('go with their lines when a draft is split', () => {
    const draft = t.store.drafts.create('permanentCallForward', {
      numbers: { toPort: ['613 555 0123', '1 800 555 0199'] },
    });
    // Forwards have no passwords; the rows are written directly to check the split moves them by number.
    const put = (number: string) =>
      t.store.lineSecrets.put(draft.id, { number, field: 'sipPassword' }, new Uint8Array([1, 2, 3]), 'now');
    const data = {
      numbers: { toPort: ['613 555 0123', '1 800 555 0199'] },
      service: { lines: [{ number: '613 555 0123' }, { number: '1 800 555 0199' }] },
    };
    t.store.drafts.save(draft.id, data);
    put('6135550123');
    put('8005550199');
    const halves = splitDraft(t.store, draft.id);
    expect(t.store.lineSecrets.list(halves.regular.id)).toEqual([
      { number: '6135550123', field: 'sipPassword' },
    ]);
    expect(t.store.lineSecrets.list(halves.tollFree.id)).toEqual([
      { number: '8005550199', field: 'sipPassword' },
    ]);
  });
});
