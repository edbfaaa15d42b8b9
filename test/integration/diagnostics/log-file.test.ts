// The log file on a real folder: it rotates at its size limit and keeps a bounded number of files, its
// last problems are what "Copy diagnostics" shows, and every line is scrubbed of customer data and secrets.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogFile, lastProblems, logFilePaths } from '../../../src-main/diagnostics/log-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portage-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => readFileSync(path, 'utf8');

describe('the log file', () => {
  it('rotates at its size limit, keeps the given number of earlier files and drops the oldest', () => {
    const log = createLogFile({ dir, maxBytes: 1_000, keep: 2 });
    for (let i = 0; i < 100; i++) log.write(`outbox: line ${String(i).padStart(3, '0')} of the session`);

    const [current, previous, oldest, beyond] = logFilePaths(dir, 3);
    expect(log.files()).toEqual([current, previous, oldest]);
    expect(beyond && existsSync(beyond)).toBe(false);
    for (const path of log.files()) expect(statSync(path).size).toBeLessThanOrEqual(1_000);
    // The newest line is in portage.log; lines move on in order; the first lines are gone for good.
    expect(read(current ?? '')).toContain('line 099');
    const all = log.files().reverse().map(read).join('').split('\n').filter(Boolean);
    const numbers = all.map((line) => Number(/line (\d+)/.exec(line)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBeGreaterThan(0);
    expect(numbers.at(-1)).toBe(99);
    expect(all.join('\n')).not.toContain('line 000');
  });

  it('starts a new file when the app restarts on a full one, and carries on where it was', () => {
    createLogFile({ dir, maxBytes: 300 }).write('before the restart '.repeat(12));
    const again = createLogFile({ dir, maxBytes: 300 });
    again.write('after the restart, a line that does not fit');
    const [current, previous] = logFilePaths(dir);
    expect(read(current ?? '')).toContain('after the restart');
    expect(read(previous ?? '')).toContain('before the restart '.repeat(12).trim());
  });

  it('dates each line and gives its level; the last problems come from every file, oldest first', () => {
    const log = createLogFile({ dir, maxBytes: 400, keep: 3, clock: () => new Date('2026-05-01T12:00:00Z') });
    log.write('tracking: a status request failed (timeout)', 'warn');
    for (let i = 0; i < 12; i++) log.write(`outbox: ordinary line ${i}`);
    log.write('outbox: an item failed locally: storage', 'error');
    log.write('outbox: another ordinary line');

    expect(read(logFilePaths(dir)[0] ?? '')).toMatch(/^2026-05-01T12:00:00\.000Z INFO {2}outbox: another/m);
    expect(lastProblems(dir, 5)).toEqual([
      '2026-05-01T12:00:00.000Z WARN  tracking: a status request failed (timeout)',
      '2026-05-01T12:00:00.000Z ERROR outbox: an item failed locally: storage',
    ]);
    expect(lastProblems(dir, 1)).toEqual([
      '2026-05-01T12:00:00.000Z ERROR outbox: an item failed locally: storage',
    ]);
  });

  it('never throws when it cannot write, and writes again once it can', () => {
    const log = createLogFile({ dir: join(dir, 'logs') });
    rmSync(dir, { recursive: true, force: true });
    // A file where the folder should be: every append fails.
    const blocked = createLogFile({ dir: join(tmpdir(), 'portage-log-missing', '\0') });
    expect(() => blocked.write('nowhere to go', 'error')).not.toThrow();
    log.write('the folder is made again');
    expect(read(logFilePaths(join(dir, 'logs'))[0] ?? '')).toContain('the folder is made again');
  });

  it('scrubs secrets and anything shaped like customer data from every line, one line per entry', () => {
    const password = 'S3cr&t-du-concessionnaire';
    const log = createLogFile({ dir });
    log.redactWith(() => ({ passwords: [password], username: 'dealer-42' }));
    log.write(
      [
        `refused ${password} / ${Buffer.from(`dealer-42:${password}`).toString('base64')}`,
        'mail marie.tremblay@example.ca',
        'phones (514) 555-0100, 514.555.0101 and +1 888 555 0123',
        'postal code H2X 3K2',
        `a file ${Buffer.from('%PDF-1.4 '.repeat(20)).toString('base64')}`,
        'and a forged\n2026-01-01T00:00:00.000Z ERROR line',
      ].join('; '),
      'warn',
    );
    const text = read(logFilePaths(dir)[0] ?? '');
    for (const leak of [
      password,
      'marie.tremblay',
      '555-0100',
      '555.0101',
      '888 555 0123',
      'H2X 3K2',
      'JVBERi0xLjQg',
    ]) {
      expect(text, leak).not.toContain(leak);
    }
    expect(text).toContain('[redacted]');
    expect(text).toContain('[email]');
    expect(text).toContain('[number]');
    expect(text).toContain('[postal code]');
    expect(text).toContain('[data]');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    // Ids, operations and statuses stay readable.
    log.write(
      'outbox: 0b9c5c0e-4f61-4e0b-9e3a-5a1b2c3d4e5f attempt 2 → submitted (POST /v2/NumberPorts/Inbound/DIDs)',
    );
    expect(read(logFilePaths(dir)[0] ?? '')).toContain(
      'outbox: 0b9c5c0e-4f61-4e0b-9e3a-5a1b2c3d4e5f attempt 2 → submitted (POST /v2/NumberPorts/Inbound/DIDs)',
    );
  });
});
