// Runs the built main bundle (dist/main/main.js) in a child Node process with `electron` resolved to the
// recording stub in ./stub, and talks to the stub over the Node IPC channel: what it recorded, and
// commands that play Electron's part (the app is ready, the dealer quits, a frame calls IPC, ...).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One thing the stub saw the main process do (or Electron do to it). */
export interface StubRecord {
  what: string;
  [detail: string]: unknown;
}

type StubMessage =
  ({ kind: 'record' } & StubRecord) | { kind: 'reply'; id: number; value?: unknown; error?: string };

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface MainProcess {
  /** Everything recorded so far, in order. */
  readonly records: readonly StubRecord[];
  recordsOf(what: string): StubRecord[];
  /** Resolves with the first record named `what` that passes `test` (already recorded or still to come). */
  waitFor(what: string, test?: (record: StubRecord) => boolean): Promise<StubRecord>;
  /** Runs one of the stub's commands (see stub/electron.mjs) and answers its value. */
  command<T = unknown>(name: string, args?: Record<string, unknown>): Promise<T>;
  readonly exited: Promise<Exit>;
  stderr(): string;
  /** Ends the child if it is still running (test cleanup). */
  kill(): void;
}

const stubRegister = pathToFileURL(join(import.meta.dirname, 'stub', 'register.mjs')).href;
const waitLimitMs = 20_000;

export function launchMainProcess(options: {
  mainBundle: string;
  userData: string;
  locale?: string;
  cwd: string;
  /** Run as this user (a test run as root uses it so a read-only folder is read-only for the app too). */
  user?: { uid: number; gid: number };
}): MainProcess {
  const child = spawn(process.execPath, ['--import', stubRegister, options.mainBundle], {
    cwd: options.cwd,
    ...(options.user ?? {}),
    env: {
      ...process.env,
      PORTAGE_STUB_USER_DATA: options.userData,
      PORTAGE_STUB_LOCALE: options.locale ?? 'fr-CA',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });

  const records: StubRecord[] = [];
  const waiters = new Set<() => void>();
  const replies = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let output = '';
  let exit: Exit | null = null;

  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

  child.on('message', (message: StubMessage) => {
    if (message.kind === 'record') {
      const { kind: _kind, ...rest } = message;
      records.push(rest);
      for (const wake of [...waiters]) wake();
    } else if (message.kind === 'reply') {
      const pending = replies.get(message.id);
      replies.delete(message.id);
      if (message.error !== undefined) pending?.reject(new Error(message.error));
      else pending?.resolve(message.value);
    }
  });

  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      for (const pending of replies.values()) pending.reject(failure('exited before answering'));
      replies.clear();
      for (const wake of [...waiters]) wake();
      resolve(exit);
    });
  });

  function failure(what: string): Error {
    return new Error(`main process ${what}; output:\n${output}`);
  }

  const recordsOf = (what: string): StubRecord[] => records.filter((record) => record.what === what);

  return {
    records,
    recordsOf,
    waitFor(what, test = () => true) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = records.find((record) => record.what === what && test(record));
          if (found) return settle(() => resolve(found));
          if (exit) settle(() => reject(failure(`exited (${exit?.code}) before recording ${what}`)));
        };
        const timer = setTimeout(() => settle(() => reject(failure(`never recorded ${what}`))), waitLimitMs);
        const settle = (then: () => void): void => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        waiters.add(check);
        check();
      });
    },
    command<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        if (exit) return reject(failure(`had exited before ${name}`));
        replies.set(id, { resolve: (value) => resolve(value as T), reject });
        child.send({ kind: 'command', id, name, args });
      });
    },
    exited,
    stderr: () => output,
    kill() {
      if (!exit) child.kill('SIGKILL');
    },
  };
}
