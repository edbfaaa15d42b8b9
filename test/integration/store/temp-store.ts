// A store on a real SQLite file in a fresh temp directory, with a clock the test moves by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreOptions } from '../../../src-main/store/index';

export interface TempStore {
  store: Store;
  dir: string;
  file: string;
  clock: { now: Date; advance(ms: number): void };
  reopen(options?: Partial<StoreOptions>): Store;
  cleanup(): void;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'portage-store-'));
}

export function tempStore(options: Partial<StoreOptions> = {}): TempStore {
  const dir = tempDir();
  const file = join(dir, 'portage.sqlite');
  const clock = {
    now: new Date('2026-03-02T14:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const open = (extra: Partial<StoreOptions> = {}) =>
    openStore({ file, clock: () => clock.now, ...options, ...extra });
  const t: TempStore = {
    store: open(),
    dir,
    file,
    clock,
    reopen(extra) {
      t.store.close();
      t.store = open(extra);
      return t.store;
    },
    cleanup() {
      t.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
