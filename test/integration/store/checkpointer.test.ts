// Checkpoints in a worker thread (src-main/store/checkpointer.ts), on a real encrypted file: asked for by
// long work between its slices, the WAL's pages reach the database file while the app's connection runs
// no checkpoint of its own; and closing the store closes the worker's connection first, so the app's,
// closed last, folds the WAL in and removes it as SQLite does for the last connection.
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempStore, type TempStore } from './temp-store';

let t: TempStore | undefined;
afterEach(() => t?.cleanup());

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('checkpoints in a worker thread', () => {
  it('copy the WAL into the database file without the app connection running one', async () => {
    t = tempStore({ key: randomBytes(32) });
    const { store, file } = t;
    const pragma = vi.spyOn(store.db, 'pragma');
    const sizeBefore = statSync(file).size;
    // About 3 MB of documents: written to the WAL, not yet to the database file.
    for (let i = 0; i < 12; i++) {
      store.attachments.put({
        name: `lettre-${i}.pdf`,
        mimeType: 'application/pdf',
        content: randomBytes(256 * 1024),
      });
    }
    expect(statSync(file).size).toBe(sizeBefore);

    store.checkpointSoon();
    await until(() => statSync(file).size > sizeBefore + 3 * 1024 * 1024, 'the pages copied into the file');
    expect(pragma.mock.calls.filter(([sql]) => String(sql).includes('checkpoint'))).toEqual([]);
  });

  it('are asked for again while one runs, as one more, and closing leaves no WAL behind', async () => {
    t = tempStore({ key: randomBytes(32) });
    const { store, file } = t;
    for (let round = 0; round < 3; round++) {
      store.attachments.put({
        name: `n-${round}.pdf`,
        mimeType: 'application/pdf',
        content: randomBytes(512 * 1024),
      });
      store.checkpointSoon();
      store.checkpointSoon();
    }
    await until(() => statSync(file).size > 1.5 * 1024 * 1024, 'the last round copied into the file');
    store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    // Opened again, every document is there.
    const reopened = t.reopen();
    expect(reopened.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(3);
  });
});
