// Portage's log file, in the data folder: logs/portage.log, then portage.1.log (the previous one) up to
// portage.<keep>.log, each at most `maxBytes`, so the log never grows past (keep + 1) × maxBytes. A
// packaged Windows app has no console: without this file, what went wrong on a dealer's laptop is lost.
//
// Every line is scrubbed first (scrub.ts), then written whole with a synchronous append: a line is at most a
// few hundred bytes, the append costs microseconds, and a line written just before a crash is not lost in a
// buffer. Writing never throws: a full disk must not turn a log line into a failure of what was logged.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLevel, LogLine } from '../shared/domain/log-line';
import { scrubLine, type LogSecrets } from './scrub';

export const logFolderName = 'logs';
export const logFileName = 'portage.log';
/** 1 MB per file, the current one and four before it: 5 MB at most, weeks of an ordinary dealer's use. */
export const defaultLogMaxBytes = 1024 * 1024;
export const defaultLogKeep = 4;

export interface LogFileOptions {
  /** The folder that holds the log files (the data folder's `logs`). */
  dir: string;
  maxBytes?: number;
  /** How many earlier files are kept beside the current one. */
  keep?: number;
  clock?: () => Date;
  /** Also given every scrubbed line (stderr in development; nothing in a packaged app). */
  echo?: (line: string) => void;
}

export interface LogFile {
  /** Scrubs and appends one line. */
  readonly write: LogLine;
  /** The secrets every later line is scrubbed of (read at each line: an account set later counts). */
  redactWith(secrets: () => LogSecrets): void;
  /** The files, newest first, that exist now. */
  files(): string[];
}

/** portage.log, portage.1.log, … portage.<keep>.log: newest first. */
export function logFilePaths(dir: string, keep = defaultLogKeep): string[] {
  return [logFileName, ...Array.from({ length: keep }, (_, i) => `portage.${i + 1}.log`)].map((name) =>
    join(dir, name),
  );
}

export function createLogFile(options: LogFileOptions): LogFile {
  const maxBytes = options.maxBytes ?? defaultLogMaxBytes;
  const keep = options.keep ?? defaultLogKeep;
  const clock = options.clock ?? (() => new Date());
  const paths = logFilePaths(options.dir, keep);
  const current = paths[0] ?? join(options.dir, logFileName);
  let secrets: () => LogSecrets = () => ({ passwords: [] });
  let size: number | null = null;

  function currentSize(): number {
    if (size === null) {
      mkdirSync(options.dir, { recursive: true });
      size = existsSync(current) ? statSync(current).size : 0;
    }
    return size;
  }

  /** portage.log becomes portage.1.log, and so on; the oldest goes. */
  function rotate(): void {
    const oldest = paths.at(-1);
    if (oldest !== undefined) rmSync(oldest, { force: true });
    for (let index = paths.length - 2; index >= 0; index--) {
      const from = paths[index];
      const to = paths[index + 1];
      if (from !== undefined && to !== undefined && existsSync(from)) renameSync(from, to);
    }
    size = 0;
  }

  function write(message: string, level: LogLevel = 'info'): void {
    let scrubbed: string;
    try {
      scrubbed = scrubLine(message, secrets());
    } catch {
      // The secrets could not be read (the store is closing): scrubbed of customer data all the same.
      scrubbed = scrubLine(message);
    }
    const line = `${clock().toISOString()} ${level.toUpperCase().padEnd(5)} ${scrubbed}\n`;
    options.echo?.(line.trimEnd());
    try {
      const bytes = Buffer.byteLength(line);
      if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate();
      appendFileSync(current, line, { mode: 0o600 });
      size = currentSize() + bytes;
    } catch {
      // Nowhere to write (disk full, folder removed): the line is dropped, and the next write tries again.
      size = null;
    }
  }

  return {
    write,
    redactWith(next) {
      secrets = next;
    },
    files: () => paths.filter((path) => existsSync(path)),
  };
}

/** The last `count` warnings and errors in the log files (already scrubbed when written), oldest first. */
export function lastProblems(dir: string, count: number, keep = defaultLogKeep): string[] {
  const found: string[] = [];
  for (const path of logFilePaths(dir, keep)) {
    if (found.length >= count) break;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const lines = text.split('\n').filter((line) => / (WARN |ERROR) /.test(line));
    found.unshift(...lines.slice(-(count - found.length)));
  }
  return found.slice(-count);
}
