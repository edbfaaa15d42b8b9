// Shared set-up for the outbox integration tests: a real SQLite file in a temp dir, a real carrier client
// over loopback HTTP to the practice carrier, and ready drafts from the domain fixtures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCarrierClient, type CarrierClient } from '../../../src-main/carrier/client';
import type { CatalogueEntryId } from '../../../src-main/shared/domain/catalogue';
import type { DraftData } from '../../../src-main/shared/domain/draft';
import { openStore, type Store } from '../../../src-main/store';
import { fixtureToday, readyDraftFor } from '../../unit/domain/fixtures';

export const practicePassword = 'practice';

export function tempDir(prefix = 'portage-outbox-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTestStore(file: string): Store {
  return openStore({ file });
}

export function clientFor(
  baseUrl: () => string,
  options: { timeoutMs?: number; password?: () => string } = {},
): CarrierClient {
  return createCarrierClient({
    fetchFn: fetch,
    credentials: () => ({
      baseUrl: baseUrl(),
      username: 'practice',
      password: options.password?.() ?? practicePassword,
    }),
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}

export const readyContext = () => ({ today: fixtureToday });

/** Replaces every string in `value` equal to a key of `mapping` (the fixture's numbers, as typed). */
function replaceStrings(value: unknown, mapping: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return mapping.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, mapping));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, replaceStrings(item, mapping)]),
    );
  }
  return value;
}

/**
 * Creates a ready draft of a catalogue entry in the store, attachments included. With `serial`, the
 * fixture's numbers are replaced by numbers unique to that serial, so many drafts never share a number.
 */
export function createReadyDraft(store: Store, entryId: CatalogueEntryId, serial?: number): string {
  const fixture = readyDraftFor(entryId);
  for (const file of fixture.files.values()) store.attachments.put(file);
  let data: DraftData = fixture.data;
  if (serial !== undefined) {
    const toPort = fixture.data.numbers?.toPort ?? [];
    const tollFree = entryId.startsWith('tollFree');
    const mapping = new Map(
      toPort.map((typed, index) => {
        const line = String(serial * 2 + index).padStart(4, '0');
        return [typed, tollFree ? `888555${line}` : `514555${line}`] as const;
      }),
    );
    data = replaceStrings(fixture.data, mapping) as DraftData;
  }
  const draft = store.drafts.create(fixture.kind, data);
  return draft.id;
}

export async function waitFor(
  predicate: () => boolean,
  { timeoutMs = 30_000, intervalMs = 20, what = 'condition' } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
