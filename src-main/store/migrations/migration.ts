import type { Database } from 'better-sqlite3';

/** One step of the schema. Its version is its position in `migrations` plus one (PRAGMA user_version). */
export interface Migration {
  readonly name: string;
  /** Runs inside a transaction opened by the runner; must not open or commit its own. */
  up(db: Database): void;
}
