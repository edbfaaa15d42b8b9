// What every part of the drafts service shares (drafts.ts assembles the parts): the connection and its
// clock, the prepared statements, the hot draft, reading one draft by id, and the plain one-row update
// that the trash and the setters make.
import type { Database } from 'better-sqlite3';
import type { DraftData } from '../shared/domain/draft';
import type { DraftDetail } from '../shared/domain/draft-views';
import { toDetail } from './draft-rows';
import { prepareDraftStatements, type DraftStatements, type MetaRow } from './draft-statements';
import { StoreError, guard } from './errors';
import { createHotDraft, type HotDraft } from './hot-draft';

export interface DraftContext {
  db: Database;
  clock: () => Date;
  stmt: DraftStatements;
  hot: HotDraft;
  /** The clock's time as stored: an ISO string. */
  now(): string;
  /** The draft's row with what a save compares; StoreError `notFound` when there is none. */
  meta(id: string): MetaRow;
  /** The draft as the IPC layer returns it; StoreError `notFound` when there is none. */
  detail(id: string): DraftDetail;
  /** Runs `fn` in one transaction on an existing draft (the hot draft settled first), then reads it back. */
  update(id: string, fn: () => void): DraftDetail;
}

export function createDraftContext(db: Database, clock: () => Date): DraftContext {
  const stmt = prepareDraftStatements(db);
  const hot = createHotDraft(db);

  function meta(id: string): MetaRow {
    const row = stmt.meta.get(id);
    if (!row) throw new StoreError('notFound', { id });
    return row;
  }

  function detail(id: string): DraftDetail {
    const row = stmt.detail.get(id);
    if (!row) throw new StoreError('notFound', { id });
    return toDetail(row, JSON.parse(row.data) as DraftData);
  }

  function update(id: string, fn: () => void): DraftDetail {
    return guard(() => {
      db.transaction(() => {
        meta(id);
        hot.settle();
        fn();
      }).immediate();
      return detail(id);
    });
  }

  return { db, clock, stmt, hot, now: () => clock().toISOString(), meta, detail, update };
}
