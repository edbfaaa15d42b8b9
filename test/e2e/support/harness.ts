// Starting and driving the browser harness from a journey: the real services and the practice carrier
// in their own process (as `npm run harness`), the built renderer on loopback, control endpoints with the token.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** What `npm run harness` prints as its last JSON line. */
export interface HarnessInfo {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
}

export interface HarnessHandle {
  harness: HarnessInfo;
  /** POSTs (or GETs) a harness control endpoint, e.g. 'carrier/unreachable'. */
  control<T = unknown>(action: string, body?: unknown, method?: 'GET' | 'POST' | 'DELETE'): Promise<T>;
  /** Every port the practice carrier accepted: which operation and what body. */
  receivedPorts(): Promise<{ ticket: string; path: string; body: unknown }[]>;
  /** Stages a file that the next "choose a file" dialog picks. */
  stageFile(name: string, content: Uint8Array): Promise<void>;
  /** Stops the harness as the app would stop: SIGTERM, then waits for the process to exit. */
  close(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port?: number;
  /** How long each practice status step lasts; short so a port completes within seconds. */
  statusStepMs?: number;
}

/** Starts `src-main/harness/serve.ts` (what `npm run harness` runs) in its own Node 22 process. */
export async function openHarness(options: StartOptions): Promise<HarnessHandle> {
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['src-main/harness/serve.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORTAGE_DATA_DIR: options.dataDir,
      PORTAGE_HARNESS_PORT: String(options.port ?? 0),
      PORTAGE_STATUS_STEP_MS: String(options.statusStepMs ?? 700),
      PORTAGE_STATUS_POLL_MS: '400',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const harness = await readInfo(child);
  const control = async <T>(action: string, body?: unknown, method: 'GET' | 'POST' | 'DELETE' = 'POST') => {
    const response = await fetch(`${harness.origin}/control/${action}`, {
      method,
      headers: { 'X-Portage-Token': harness.token, 'Content-Type': 'application/json' },
      ...(body === undefined || method === 'GET' ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`control ${action}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    harness,
    control,
    async receivedPorts() {
      const state = await control<{ practiceUrl: string | null }>('state', undefined, 'GET');
      if (!state.practiceUrl) throw new Error('the practice carrier is not running');
      const response = await fetch(`${new URL(state.practiceUrl).origin}/__practice/ports`);
      return (await response.json()) as { ticket: string; path: string; body: unknown }[];
    },
    async stageFile(name, content) {
      await control('dialogs/stage', { name, base64: Buffer.from(content).toString('base64') });
    },
    close: () => stop(child),
  };
}

function readInfo(child: ChildProcess): Promise<HarnessInfo> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the harness did not start in time: ${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const info = JSON.parse(line) as HarnessInfo;
          clearTimeout(timer);
          resolve(info);
          return;
        } catch {
          // Not the whole line yet.
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the harness exited (${code}) before starting: ${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A small but real PDF (one page, "Letter of authorization"), for the attachment journeys. */
export function letterOfAuthorizationPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 18 Tf 72 720 Td (Letter of authorization) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
