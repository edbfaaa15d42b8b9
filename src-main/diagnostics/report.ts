// "Copy diagnostics" (Settings): what support needs to understand a problem on a dealer's laptop, as a
// text the dealer pastes into an e-mail. The version, the system, the database's size and how many rows
// each table holds, and the last warnings and errors from the log file (scrubbed when they were written).
// No customer data: counts and sizes only, never a name, a number, an address or a file.
import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '../shared/domain/locale';
import { translate, type MessageKey, type MessageParams } from '../shared/domain/messages';
import { lastProblems, logFolderName } from './log-file';

/** How many of the log's last warnings and errors the text carries. */
export const diagnosticsProblemCount = 20;

export interface DiagnosticsFacts {
  version: string;
  locale: Locale;
  practiceMode: boolean;
  online: boolean;
  /** The data folder: its logs/ holds the log files. */
  dataDir: string;
  /** The database file (its -wal beside it is counted too). */
  databaseFile: string;
  now: Date;
}

/** e.g. "Electron 45.1.0 · Chromium 140.0 · Node 22.20.0" (Electron's versions only under Electron). */
function runtime(): string {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return [
    versions.electron ? `Electron ${versions.electron}` : null,
    versions.chrome ? `Chromium ${versions.chrome}` : null,
    `Node ${versions.node}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

const sizeOf = (path: string): number | null => {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
};

const megabytes = (bytes: number | null) =>
  bytes === null ? '—' : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every table's row count. Counting a large table (the search index of 100,000 drafts) takes a moment:
 * the loop gets a turn between tables, so no window freezes meanwhile.
 */
async function rowCounts(db: Database): Promise<string[]> {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => row.name);
  const counts: string[] = [];
  for (const table of tables) {
    await yieldToLoop();
    if (!db.open) break;
    // The name comes from sqlite_master, quoted as an identifier.
    const row = db
      .prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`)
      .get();
    counts.push(`${table} ${row?.n ?? 0}`);
  }
  return counts;
}

export async function diagnosticsText(db: Database, facts: DiagnosticsFacts): Promise<string> {
  const t = (key: MessageKey, params?: MessageParams) => translate(facts.locale, key, params);
  const yesNo = (value: boolean) => t(value ? 'diagnostics.yes' : 'diagnostics.no');
  const schema = Number(db.pragma('user_version', { simple: true }));
  const counts = await rowCounts(db);
  const problems = lastProblems(join(facts.dataDir, logFolderName), diagnosticsProblemCount);
  return [
    t('diagnostics.heading', { at: facts.now.toISOString() }),
    t('diagnostics.version', { version: facts.version }),
    t('diagnostics.system', { system: `${platform()} ${release()} (${arch()})`, runtime: runtime() }),
    t('diagnostics.session', {
      locale: facts.locale,
      practice: yesNo(facts.practiceMode),
      online: yesNo(facts.online),
    }),
    t('diagnostics.database', {
      size: megabytes(sizeOf(facts.databaseFile)),
      journal: megabytes(sizeOf(`${facts.databaseFile}-wal`)),
      schema,
    }),
    t('diagnostics.rows', { counts: counts.join(', ') }),
    t('diagnostics.problems', { count: problems.length }),
    ...problems,
  ].join('\n');
}
