// A request goes only to the carrier it was finalized for, on the real services (composition, IPC
// handlers, real SQLite file) with the embedded practice carrier and two more practice carriers on
// loopback playing the dealer's "account A" and "account B". Every request the services make goes through
// a recording fetch, so the test counts what each carrier was sent and asked.
// - Queued for A (which refuses the login), then the account changes to B, then is removed: nothing
//   reaches B or the practice carrier until the dealer chooses; then "send to the current account" sends
//   exactly what was chosen to B, and a request pulled back is an editable draft again (and finalized
//   again goes to B). A pull-back during sending is refused and changes nothing.
// - A practice ticket is still followed at the practice carrier after an account is set (which keeps
//   running for it, also across a restart); an account's ticket is never asked about at practice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src-main/composition/services';
import { cancellingDialogs, silentNotifier } from '../../../src-main/ipc/ports';
import { createInvoker, type Invoke } from '../../../src-main/ipc/register';
import { trustedSenderCheck, type SenderEvent } from '../../../src-main/ipc/sender';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import { createNodeCipher } from '../../../src-main/secrets/node-cipher';
import type {
  AccountInfo,
  DraftDetail,
  DraftList,
  IpcResult,
  OutboxState,
} from '../../../src-main/shared/ipc-contract/types';
import { createReadyDraft, waitFor } from './harness';

type Channel = Parameters<Invoke<SenderEvent>>[0];
const frame: SenderEvent = { senderFrame: { url: 'app://portage/index.html' } };
const accountA = { username: 'dealer-a', password: 'alpha-Pässwörd-1' };
const accountB = { username: 'dealer-b', password: 'bravo-Pässwörd-2' };
const portPath = /^\/rest\.svc\/v2\/NumberPorts\/Inbound\/(?!Tickets|Numbers|Dashboard)/;

interface Session {
  services: Services;
  call<T>(channel: Channel, input?: unknown): Promise<IpcResult<T>>;
  value<T>(channel: Channel, input?: unknown): Promise<T>;
}

/** Every request the services made: where it went, what it was, and its order. */
const requests: { origin: string; method: string; path: string }[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  requests.push({ origin: url.origin, method: init?.method ?? 'GET', path: url.pathname });
  return fetch(input, init);
};
const sentTo = (url: string) =>
  requests.filter((r) => r.origin === new URL(url).origin && r.method === 'POST' && portPath.test(r.path));
const statusAsksTo = (url: string, ticket: string) =>
  requests.filter((r) => r.origin === new URL(url).origin && r.path.includes(`/Tickets/${ticket}/`));

const carriers: PracticeCarrier[] = [];
const sessions: Services[] = [];

async function carrier(credentials: { username: string; password: string }): Promise<PracticeCarrier> {
  const started = await startPracticeCarrier({ credentials, statusStepMs: 400 });
  carriers.push(started);
  return started;
}

async function open(dataDir: string): Promise<Session> {
  const services = await createServices({
    dataDir,
    cipher: createNodeCipher({ keyFile: join(dataDir, 'test-cipher.key') }),
    fetchFn: recordingFetch,
    clock: { now: () => Date.now() },
    dialogs: cancellingDialogs,
    notifier: silentNotifier,
    practiceCarrierOptions: { statusStepMs: 400 },
    firstPollDelayMs: 50,
    trackingSchedule: { initialMs: 100, capMs: 200 },
    systemLocale: 'en-CA',
  });
  sessions.push(services);
  const invoke = createInvoker(services.handlers, {
    isTrustedSender: trustedSenderCheck('app://portage'),
    locale: services.locale,
    translate: services.translate,
  });
  const call = async <T>(channel: Channel, input?: unknown) =>
    (await invoke(channel, frame, input)) as IpcResult<T>;
  return {
    services,
    call,
    async value<T>(channel: Channel, input?: unknown) {
      const result = await call<T>(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

/** A ready draft, with no requested date (the fixture's date is fixed; today moves on). */
async function readyDraft(session: Session, serial: number): Promise<string> {
  const id = createReadyDraft(session.services.store, 'dids', serial);
  const { data } = session.services.store.drafts.get(id);
  await session.value('drafts.save', { id, data: { ...data, schedule: { date: '', time: '' } } });
  return id;
}

/** Long enough for a request the worker would wrongly send to have been sent (it sends within ms). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

afterEach(async () => {
  for (const services of sessions.splice(0)) await services.shutdown();
});

afterAll(async () => {
  for (const started of carriers.splice(0)) await started.close();
});

describe('each request goes only to the carrier it was finalized for', () => {
  it('waits when the account changes or is removed, and goes where the dealer chooses', async () => {
    const a = await carrier(accountA);
    const b = await carrier(accountB);
    const session = await open(mkdtempSync(join(tmpdir(), 'portage-targets-')));
    const { services, value, call } = session;
    const practiceUrl = services.practiceCarrier()?.url ?? '';
    expect(practiceUrl).not.toBe('');
    await value('reference.refresh');

    // Account A is set up; then its password changes at the carrier: every request there is refused.
    await value('account.set', { baseUrl: a.url, ...accountA });
    a.faults.set({ unauthorized: true });
    const ids = [
      await readyDraft(session, 800),
      await readyDraft(session, 801),
      await readyDraft(session, 802),
    ];
    for (const id of ids) await value('drafts.finalize', { id });
    await waitFor(() => services.worker.snapshot().paused === 'unauthorized', { what: 'the refused login' });

    // The dealer changes the account to B: nothing goes there without the dealer's choice.
    const changed = await value<AccountInfo>('account.set', { baseUrl: b.url, ...accountB });
    expect(changed.practiceMode).toBe(false);
    await settle();
    let outbox = await value<OutboxState>('outbox.list');
    expect(outbox.current).toEqual({ kind: 'account', baseUrl: b.url, username: accountB.username });
    expect(outbox.items.map((item) => item.draftId).sort()).toEqual([...ids].sort());
    for (const item of outbox.items) {
      expect(item).toMatchObject({
        held: true,
        target: { kind: 'account', baseUrl: a.url, username: accountA.username },
      });
    }
    expect(b.ports()).toHaveLength(0);
    expect(sentTo(b.url)).toHaveLength(0);

    // Then removes it: practice mode, and still nothing goes to the practice carrier.
    await value('account.remove');
    await waitFor(() => services.practiceMode(), { what: 'practice mode' });
    await settle();
    outbox = await value<OutboxState>('outbox.list');
    expect(outbox.current).toEqual({ kind: 'practice' });
    expect(outbox.items.every((item) => item.held)).toBe(true);
    expect(services.practiceCarrier()?.ports()).toHaveLength(0);
    expect(sentTo(practiceUrl)).toHaveLength(0);

    // Account B again; the dealer sends two of them there…
    await value('account.set', { baseUrl: b.url, ...accountB });
    const [first = '', second = '', third = ''] = ids;
    await expect(value('outbox.sendToCurrent', { draftIds: [first, second] })).resolves.toEqual({
      moved: 2,
      refused: 0,
    });
    await waitFor(() => [first, second].every((id) => services.store.drafts.get(id).status !== 'queued'), {
      what: 'the two to be sent to B',
    });
    expect(b.ports()).toHaveLength(2);
    expect(sentTo(b.url)).toHaveLength(2);

    // …and pulls the third back: an editable draft with everything it had; nothing sent anywhere.
    const before = services.store.drafts.get(third);
    const pulled = await value<DraftDetail>('outbox.pullBack', { draftId: third });
    expect(pulled).toMatchObject({ id: third, status: 'draft', editable: true });
    expect(pulled.data).toEqual(before.data);
    await settle();
    expect((await value<OutboxState>('outbox.list')).items.map((item) => item.draftId)).not.toContain(third);
    expect(b.ports()).toHaveLength(2);

    // Edited and finalized again, it is for B now, and goes there.
    const name = 'Pulled back and changed';
    await value('drafts.save', {
      id: third,
      data: { ...pulled.data, customer: { ...pulled.data.customer, name } },
    });
    await value('drafts.finalize', { id: third });
    await waitFor(() => b.ports().length === 3, { what: 'the third to reach B' });
    expect(JSON.stringify(b.ports()[2]?.body)).toContain(name);

    // Nowhere else, ever: not A (it refused every one), not the practice carrier.
    expect(a.ports()).toHaveLength(0);
    expect(services.practiceCarrier()?.ports()).toHaveLength(0);
    expect(sentTo(practiceUrl)).toHaveLength(0);
    const list = await value<DraftList>('drafts.list', {});
    expect(list.rows.filter((row) => ids.includes(row.id)).map((row) => row.practice)).toEqual([
      false,
      false,
      false,
    ]);

    // A request being sent cannot be pulled back: the dealer is told, and nothing changes.
    b.faults.set({ latencyMs: 1_500 });
    const late = await readyDraft(session, 803);
    await value('drafts.finalize', { id: late });
    // This one, not any: the third may still show as sending (B has it; its answer is on the way back).
    await waitFor(
      () =>
        services.worker.snapshot().items.some((item) => item.draftId === late && item.state === 'sending'),
      { what: 'the request to be on its way' },
    );
    const refused = await call('outbox.pullBack', { draftId: late });
    expect(refused).toMatchObject({ ok: false, error: { code: 'sendingStarted' } });
    expect(refused.ok ? '' : refused.error.message).toContain('already started sending');
    expect(services.store.drafts.get(late).status).toBe('queued');
    await waitFor(() => services.store.drafts.get(late).status === 'submitted', { what: 'the late one' });
    expect(b.ports()).toHaveLength(4);
  });

  it('follows each ticket where it was issued, and keeps the practice carrier for practice tickets', async () => {
    const b = await carrier(accountB);
    const dataDir = mkdtempSync(join(tmpdir(), 'portage-targets-'));
    let session = await open(dataDir);
    const practiceUrl = session.services.practiceCarrier()?.url ?? '';
    await session.value('reference.refresh');

    // A practice request gets its ticket; then the dealer sets up account B.
    const practiced = await readyDraft(session, 810);
    await session.value('drafts.finalize', { id: practiced });
    await waitFor(() => session.services.store.drafts.get(practiced).ticket !== null, { what: 'a ticket' });
    const practiceTicket = session.services.store.drafts.get(practiced).ticket ?? '';
    await session.value('account.set', { baseUrl: b.url, ...accountB });
    const afterAccount = requests.length;
    const marked = await session.value<DraftList>('drafts.list', {});
    expect(marked.rows.find((row) => row.id === practiced)?.practice).toBe(true);

    // Its ticket is still asked about at the practice carrier, never at B, until the port completes.
    await waitFor(() => session.services.store.drafts.get(practiced).status === 'completed', {
      what: 'the practice port to complete',
    });
    const asked = requests.slice(afterAccount).filter((r) => r.path.includes(`/Tickets/${practiceTicket}/`));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => r.origin === new URL(practiceUrl).origin)).toBe(true);
    expect(statusAsksTo(b.url, practiceTicket)).toHaveLength(0);

    // A request for B gets B's ticket; the account is removed: that ticket is never asked at practice.
    const real = await readyDraft(session, 811);
    await session.value('drafts.finalize', { id: real });
    await waitFor(() => session.services.store.drafts.get(real).ticket !== null, { what: 'B’s ticket' });
    const realTicket = session.services.store.drafts.get(real).ticket ?? '';
    await session.value('account.remove');
    await waitFor(() => session.services.practiceMode(), { what: 'practice mode' });
    await session.value('outbox.retryNow');
    session.services.tracker.pollNow();
    await settle();
    expect(statusAsksTo(practiceUrl, realTicket)).toHaveLength(0);
    expect(session.services.store.drafts.get(real).status).toBe('submitted');

    // B again: its ticket is followed there to the end.
    await session.value('account.set', { baseUrl: b.url, ...accountB });
    await waitFor(() => session.services.store.drafts.get(real).status === 'completed', {
      what: 'B’s port to complete',
    });
    expect(statusAsksTo(b.url, realTicket).length).toBeGreaterThan(0);
    expect(statusAsksTo(practiceUrl, realTicket)).toHaveLength(0);

    // A practice request still queued when Portage closes, with an account set: at the next start the
    // practice carrier runs for it (not practice mode: the banner stays off), and it is sent there.
    await session.value('account.remove');
    await waitFor(() => session.services.practiceMode(), { what: 'practice mode' });
    await session.value('reference.refresh');
    const queued = await readyDraft(session, 812);
    session.services.practiceCarrier()?.faults.set({ unauthorized: true });
    await session.value('drafts.finalize', { id: queued });
    await waitFor(() => session.services.worker.snapshot().paused === 'unauthorized', { what: 'a pause' });
    await session.value('account.set', { baseUrl: b.url, ...accountB });
    await session.services.shutdown();
    sessions.splice(0);

    session = await open(dataDir);
    expect(session.services.practiceCarrier()).not.toBeNull();
    expect(session.services.practiceMode()).toBe(false);
    const outbox = await session.value<OutboxState>('outbox.list');
    expect(outbox.items).toEqual([expect.objectContaining({ draftId: queued, held: true })]);
    expect(outbox.items[0]?.target).toEqual({ kind: 'practice' });
  });
});
