// The dealer's "real" ThinkTel account in the journeys: a practice carrier on loopback with its own
// customer number and password, in its own process (the practice carrier's CLI), as the carrier would be
// out there. The dealer types its address in Settings like any account's (plain http is allowed to this
// computer). Its control endpoints say what it received, and set its faults (a password changed at the
// carrier), which is how a journey checks where requests went.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

export interface AccountCarrier {
  url: string;
  username: string;
  password: string;
  /** Every port it accepted. */
  ports(): Promise<{ ticket: string; path: string; body: unknown }[]>;
  /** Its faults, e.g. `{ unauthorized: true }`: it refuses the login from now on. */
  setFaults(faults: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startAccountCarrier(username: string, password: string): Promise<AccountCarrier> {
  const child = spawn(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    [
      'src-main/practice-carrier/cli.ts',
      '--port',
      '0',
      '--step-ms',
      '700',
      '--username',
      username,
      '--password',
      password,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const { url, controlUrl } = await readAddress(child);
  return {
    url,
    username,
    password,
    async ports() {
      const response = await fetch(`${controlUrl}/ports`);
      return (await response.json()) as { ticket: string; path: string; body: unknown }[];
    },
    async setFaults(faults) {
      const response = await fetch(`${controlUrl}/faults`, { method: 'PUT', body: JSON.stringify(faults) });
      if (!response.ok) throw new Error(`faults: HTTP ${response.status}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function readAddress(child: ChildProcess): Promise<{ url: string; controlUrl: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the account carrier did not start: ${err}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((candidate) => candidate.startsWith('{') && candidate.endsWith('}'));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; controlUrl: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the account carrier exited (${code}): ${err}`));
    });
  });
}
