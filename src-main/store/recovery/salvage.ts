// "Export what can be read" from a database Portage refused at start. The database is never written: it
// (and its WAL, which may hold the last saves) is copied to a temporary folder, and the copy is opened and
// read request by request, so a damaged page loses only the requests stored on it. What was read becomes an
// ordinary export file (.portage.json, transfer-bundle.ts) that Settings imports on any computer.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { StoreError } from '../errors';
import { openStore, type Store } from '../store';
import type { DraftBundle, TransferHistory } from '../transfer';

export interface SalvageOptions<T> {
  file: string;
  key?: Uint8Array;
  clock: () => Date;
  /** What travels with a request that left the dealer's hands (the outbox's tracking history). */
  historyFor?: (store: Store) => TransferHistory<T>;
}

export interface Salvage {
  bundle: DraftBundle;
  /** Requests in the export. */
  saved: number;
  /** Requests found but not readable whole (their page, or an attachment's, is damaged). */
  unreadable: number;
}

interface SeqRow {
  seq: number;
  id: string;
  deleted_at: string | null;
}

/** Every request id that can be read, in order, even past a damaged stretch of the table. */
function readableIds(db: Database.Database): { ids: string[]; missed: number } {
  const found = new Map<number, SeqRow>();
  let forwardEnd = 0;
  let backwardEnd = Number.POSITIVE_INFINITY;
  const scan = (direction: 'ASC' | 'DESC'): boolean => {
    try {
      const sql = `SELECT seq, id, deleted_at FROM drafts NOT INDEXED ORDER BY seq ${direction}`;
      for (const row of db.prepare(sql).iterate() as IterableIterator<SeqRow>) {
        found.set(row.seq, row);
        if (direction === 'ASC') forwardEnd = row.seq;
        else backwardEnd = row.seq;
      }
      return true;
    } catch {
      return false;
    }
  };
  let missed = 0;
  if (!scan('ASC')) {
    scan('DESC');
    // Between where the two scans stopped, one row at a time: only the rows on damaged pages are lost.
    const last = Number.isFinite(backwardEnd) ? backwardEnd : forwardEnd + 100_000;
    const one = db.prepare('SELECT seq, id, deleted_at FROM drafts WHERE seq = ?');
    for (let seq = forwardEnd + 1; seq < last; seq += 1) {
      try {
        const row = one.get(seq) as SeqRow | undefined;
        if (row) found.set(row.seq, row);
      } catch {
        missed += 1;
      }
    }
  }
  const rows = [...found.values()].sort((a, b) => a.seq - b.seq);
  return { ids: rows.filter((row) => row.deleted_at === null).map((row) => row.id), missed };
}

function mergeInto(bundle: DraftBundle, part: DraftBundle): void {
  bundle.drafts.push(...part.drafts);
  const have = new Set(bundle.attachments.map((file) => file.sha256));
  for (const file of part.attachments) if (!have.has(file.sha256)) bundle.attachments.push(file);
}

/** Reads what it can of the database at `file`; throws databaseUnreadable when nothing at all can be read. */
export function salvageDrafts<T>(options: SalvageOptions<T>): Salvage {
  const folder = mkdtempSync(join(tmpdir(), 'portage-salvage-'));
  try {
    const copy = join(folder, 'portage.sqlite');
    copyFileSync(options.file, copy);
    if (existsSync(`${options.file}-wal`)) copyFileSync(`${options.file}-wal`, `${copy}-wal`);
    let store: Store;
    try {
      store = openStore({
        file: copy,
        clock: options.clock,
        skipIntegrityCheck: true,
        ...(options.key ? { key: options.key } : {}),
      });
    } catch (error) {
      throw new StoreError('databaseUnreadable', {}, { cause: error });
    }
    try {
      const history = options.historyFor?.(store);
      const { ids, missed } = readableIds(store.db);
      const bundle: DraftBundle = {
        format: 'portage-drafts',
        version: 2,
        exportedAt: options.clock().toISOString(),
        drafts: [],
        attachments: [],
      };
      let unreadable = missed;
      for (const id of ids) {
        try {
          mergeInto(bundle, store.transfer.exportDrafts([id], history));
        } catch {
          unreadable += 1;
        }
      }
      return { bundle, saved: bundle.drafts.length, unreadable };
    } finally {
      store.close();
    }
  } finally {
    // Encrypted like the original; removed all the same.
    rmSync(folder, { recursive: true, force: true });
  }
}
