// The practice carrier's state file in the app: what the dealer typed is never in it in clear (bodies
// sealed under a key derived from the database key), a file from an earlier version is rewritten sealed,
// and the ports of purged drafts are forgotten, whether the practice carrier runs or not.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createPracticeSession } from '../../../src-main/practice-carrier/practice-session';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { createStateSeal } from '../../../src-main/practice-carrier/state-seal';
import { customerReferenceFor } from '../../../src-main/shared/domain/customer-reference';
import { clientFor, didsWith, manualClock } from './helpers';

const clock = manualClock();
const stepMs = 60_000;
const marker = 'Quokka-Zéphyrin-7F3A';
let folder: string;
const running: PracticeCarrier[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((carrier) => carrier.close()));
  rmSync(folder, { recursive: true, force: true });
});

function fresh(): string {
  folder = mkdtempSync(join(tmpdir(), 'portage-practice-sealed-'));
  return join(folder, 'practice-carrier.json');
}

async function start(stateFile: string, key?: Uint8Array): Promise<PracticeCarrier> {
  const carrier = await startPracticeCarrier({
    stateFile,
    clock,
    statusStepMs: stepMs,
    ...(key ? { stateSeal: createStateSeal(key) } : {}),
  });
  running.push(carrier);
  return carrier;
}

/** A DIDs request for `draftId` with the marker as the customer's name and in the letter of authorization. */
function requestOf(draftId: string) {
  return didsWith((form) => {
    form.CustomerName = marker;
    form.CustomerReferenceNumber = customerReferenceFor(draftId);
    form.FileLetterOfAuthorization = [
      {
        Base64Contents: Buffer.from(`%PDF-1.4 ${marker}`).toString('base64'),
        ContentType: 'application/pdf',
        FileName: 'loa.pdf',
      },
    ];
  });
}

async function submit(carrier: PracticeCarrier, draftId: string): Promise<string> {
  const { path, body } = requestOf(draftId);
  const outcome = await clientFor(carrier).submitPort(path, body);
  if (!outcome.ok) throw new Error(outcome.error.kind);
  return outcome.value.TicketMask;
}

/** Every way the marker could sit in the file: as text, and in base64 at each of the three alignments. */
function holdsMarker(text: string): boolean {
  const forms = [
    marker,
    ...[0, 1, 2].map((shift) =>
      Buffer.from(' '.repeat(shift) + marker)
        .toString('base64')
        .slice(4, -4),
    ),
  ];
  return forms.some((form) => text.includes(form));
}

describe('the sealed state file', () => {
  test('keeps bodies encrypted, the ticket and path readable, and reads them back under the same key', async () => {
    const stateFile = fresh();
    const key = randomBytes(32);
    const first = await start(stateFile, key);
    const ticket = await submit(first, 'draft-a');
    // The body went into the file: it was sent with the marker in it.
    expect(JSON.stringify(first.ports())).toContain(marker);

    const text = readFileSync(stateFile, 'utf8');
    expect(holdsMarker(text)).toBe(false);
    expect(text).not.toContain(customerReferenceFor('draft-a'));
    const saved = JSON.parse(text) as { ports: { ticket: string; path: string; sealedBody?: string }[] };
    expect(saved.ports).toEqual([
      expect.objectContaining({
        ticket,
        path: '/v2/NumberPorts/Inbound/DIDs',
        sealedBody: expect.any(String),
      }),
    ]);
    await first.close();
    running.length = 0;

    const again = await start(stateFile, key);
    const status = await clientFor(again).portInStatusByTicket(ticket);
    expect(status.ok && status.value.EndUserName).toBe(marker);
    // Under another data folder's key the sealed bodies cannot be opened: a fresh practice carrier.
    await again.close();
    running.length = 0;
    const stranger = await start(stateFile, randomBytes(32));
    expect(stranger.ports()).toEqual([]);
  });

  test('without a seal (the CLI, tests of the simulator) bodies are written as they are', async () => {
    const stateFile = fresh();
    const carrier = await start(stateFile);
    await submit(carrier, 'draft-a');
    expect(readFileSync(stateFile, 'utf8')).toContain(marker);
  });

  test('a file written in clear by an earlier version is rewritten sealed at start', async () => {
    const stateFile = fresh();
    const { path, body } = requestOf('draft-old');
    writeFileSync(
      stateFile,
      JSON.stringify({
        ports: [{ ticket: 'P0001234', path, body, receivedAt: '2026-03-01T10:00:00.000Z', orderId: 1001 }],
        nextTicket: 1235,
      }),
    );
    const key = randomBytes(32);
    const carrier = await start(stateFile, key);
    expect(carrier.ports().map((port) => port.ticket)).toEqual(['P0001234']);
    expect(holdsMarker(readFileSync(stateFile, 'utf8'))).toBe(false);
    expect(await submit(carrier, 'draft-new')).toBe('P0001235');
  });

  test('forgets the ports of purged drafts, running and not, and never hands their order ids out again', async () => {
    const stateFile = fresh();
    const key = randomBytes(32);
    const carrier = await start(stateFile, key);
    const kept = await submit(carrier, 'draft-kept');
    const purged = await submit(carrier, 'draft-purged');
    const orderIds = carrier.ports().map((port) => port.orderId);

    expect(carrier.forget([customerReferenceFor('draft-purged')])).toBe(1);
    expect(carrier.ports().map((port) => port.ticket)).toEqual([kept]);
    expect(readFileSync(stateFile, 'utf8')).not.toContain(purged);
    const status = await clientFor(carrier).portInStatusByTicket(purged);
    expect(status.ok ? 'found' : status.error.kind).toBe('notFound');
    await submit(carrier, 'draft-later');
    const newest = carrier.ports().at(-1)?.orderId ?? 0;
    expect(orderIds).not.toContain(newest);
    await carrier.close();
    running.length = 0;

    // The app's practice session, with the practice carrier stopped (an account is set up): the file is
    // rewritten without the purged draft's port.
    const session = createPracticeSession({
      dataDir: folder,
      hasAccount: () => true,
      stateKey: key,
    });
    session.forgetDrafts(['draft-kept']);
    expect(existsSync(stateFile)).toBe(true);
    expect(readFileSync(stateFile, 'utf8')).not.toContain(kept);
    const reopened = await start(stateFile, key);
    expect(reopened.ports()).toHaveLength(1);
    await session.close();
  });
});
