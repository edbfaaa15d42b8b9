// "Copy diagnostics": the facts the support text is built from (src-main/diagnostics/report.ts), read
// when the dealer asks. Kept here so services.ts only wires it.
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { diagnosticsText } from '../diagnostics/report';
import type { Locale } from '../shared/domain/locale';
import { databaseFileName } from '../store';

export function diagnosticsFor(
  db: Database,
  options: { version?: string | undefined; dataDir: string },
  live: { locale: () => Locale; practiceMode: () => boolean; online: () => boolean; now: () => Date },
): () => Promise<string> {
  return () =>
    diagnosticsText(db, {
      version: options.version ?? '0.0.0',
      locale: live.locale(),
      practiceMode: live.practiceMode(),
      online: live.online(),
      dataDir: options.dataDir,
      databaseFile: join(options.dataDir, databaseFileName),
      now: live.now(),
    });
}
