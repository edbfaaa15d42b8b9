import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors';
import type { Migration } from './migration';

/**
 * Brings the database up to the latest schema, one transaction per migration so a crash leaves it at
 * a whole version. A database written by a newer Portage is refused rather than misread.
 */
export function runMigrations(db: Database, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new StoreError('databaseFromNewerVersion', { found: current, supported: migrations.length });
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    const migration = migrations[version - 1];
    if (!migration) break;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}
