// Shared set-up for the practice carrier tests: valid bodies from the domain's golden files, a clock the
// test moves by hand, and a client pointed at the practice carrier.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCarrierClient, type CarrierClient } from '../../../src-main/carrier/client';
import type { PracticeCarrier } from '../../../src-main/practice-carrier/server';

export interface GoldenRequest {
  name: string;
  path: string;
  body: Record<string, unknown>;
}

const goldenFolder = join(import.meta.dirname, '..', '..', 'golden');

/** The domain's golden request bodies: one per catalogue entry, each what Portage would send. */
export function goldenRequests(): GoldenRequest[] {
  return readdirSync(goldenFolder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const parsed = JSON.parse(readFileSync(join(goldenFolder, file), 'utf8')) as {
        path: string;
        body: Record<string, unknown>;
      };
      return { name: file.replace('.json', ''), path: parsed.path, body: parsed.body };
    });
}

export function goldenDids(): GoldenRequest {
  const dids = goldenRequests().find((request) => request.name === 'dids');
  if (!dids) throw new Error('test/golden/dids.json is missing');
  return structuredClone(dids);
}

/** A DIDs body with its port form changed by `change`. */
export function didsWith(change: (portForm: Record<string, unknown>, body: Record<string, unknown>) => void) {
  const { path, body } = goldenDids();
  change(body.PortForm as Record<string, unknown>, body);
  return { path, body };
}

export function manualClock(start = Date.parse('2026-03-02T14:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export function clientFor(
  carrier: PracticeCarrier,
  options: { password?: string; timeoutMs?: number } = {},
): CarrierClient {
  return createCarrierClient({
    fetchFn: fetch,
    credentials: () => ({
      baseUrl: carrier.url,
      username: 'practice',
      password: options.password ?? 'practice',
    }),
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}
