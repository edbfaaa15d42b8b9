// A ticket the carrier answers "not found" for a day is surfaced to the dealer: the tracker on a real
// SQLite file, the real carrier client over loopback HTTP to the practice carrier (its `statusNotFound`
// fault answers 404 for every status), and a clock this test moves by hand. Less than a day says nothing;
// a day puts the draft in needsAttention once, with a NOTFOUND change for the notification; the day
// survives a restart of the tracker; an answer that finds the ticket again undoes it all.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createPortTracker, type PortTracker } from '../../../src-main/outbox/tracking';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { PortStatusChange } from '../../../src-main/shared/domain/outbox-views';
import type { Store } from '../../../src-main/store';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

const hour = 60 * 60_000;

describe('a ticket the carrier does not find', () => {
  const temp = tempDir();
  let store: Store;
  let practice: PracticeCarrier;
  // The tracker's clock: it moves only when the test says so.
  let now = Date.parse('2026-03-02T14:00:00.000Z');
  const clock = () => new Date(now);
  const failedPolls: string[] = [];
  const changes: PortStatusChange[] = [];

  beforeAll(async () => {
    store = openTestStore(join(temp.dir, 'portage.db'));
    // A step of an hour (by the practice carrier's own clock): the port stays SUBMITTED throughout.
    practice = await startPracticeCarrier({ statusStepMs: hour });
  });

  afterAll(async () => {
    store.close();
    await practice.close();
    temp.remove();
  });

  function startTracker(): PortTracker {
    const tracker = createPortTracker({
      store,
      client: clientFor(() => practice.url),
      clock,
      onPortStatusChanged: (change) => changes.push(change),
      log: (line) => {
        if (line.includes('status request failed (notFound)')) failedPolls.push(line);
      },
    });
    tracker.start();
    return tracker;
  }

  /** Asks for the status now (by the test's clock) and waits until the carrier's 404 is recorded. */
  async function pollNotFound(tracker: PortTracker): Promise<void> {
    const before = failedPolls.length;
    tracker.pollNow();
    await waitFor(() => failedPolls.length > before, { what: 'a "not found" answer' });
  }

  const trackingRow = (id: string) =>
    store.db.prepare('SELECT not_found_since FROM port_tracking WHERE draft_id = ?').get(id) as {
      not_found_since: string | null;
    };

  it('says nothing for less than a day, surfaces it once at a day, and undoes it when found again', async () => {
    // A port submitted and given its ticket.
    const worker = createOutboxWorker({ store, client: clientFor(() => practice.url), clock });
    const drafts = createOutboxDrafts({ store, clock, readyContext, onQueued: () => worker.wake() });
    const id = createReadyDraft(store, 'dids', 700);
    drafts.finalizeDraft(id);
    worker.start();
    await waitFor(() => store.drafts.get(id).status === 'submitted', { what: 'the port to be submitted' });
    await worker.stop();
    const ticket = store.drafts.get(id).ticket;
    expect(ticket).toMatch(/\S/);

    practice.faults.set({ statusNotFound: true });
    let tracker = startTracker();
    const firstNotFound = new Date(now).toISOString();
    await pollNotFound(tracker);
    expect(trackingRow(id).not_found_since).toBe(firstNotFound);

    // 23 h 59 min of "not found": still nothing for the dealer.
    now += 24 * hour - 60_000;
    await pollNotFound(tracker);
    expect(store.drafts.get(id).status).toBe('submitted');
    expect(tracker.trackingFor(id).notFound).toEqual({ since: firstNotFound, longEnough: false });
    expect(changes).toEqual([]);

    // Portage restarts: the day already counted is not forgotten.
    await tracker.stop();
    tracker = startTracker();

    now += 60_000;
    await pollNotFound(tracker);
    expect(store.drafts.get(id).status).toBe('needsAttention');
    expect(changes).toEqual([{ draftId: id, status: 'NOTFOUND', title: store.drafts.get(id).title }]);
    expect(tracker.trackingFor(id)).toMatchObject({
      ticket,
      notFound: { since: firstNotFound, longEnough: true },
    });

    // Later answers, still "not found", do not tell the dealer again.
    now += 3 * hour;
    await pollNotFound(tracker);
    expect(changes).toHaveLength(1);
    expect(store.drafts.get(id).status).toBe('needsAttention');

    // The carrier finds the ticket again: followed as before, and the next run counts from zero.
    practice.faults.set({ statusNotFound: false });
    now += hour;
    tracker.pollNow();
    await waitFor(() => store.drafts.get(id).status === 'submitted', { what: 'the port to be found again' });
    expect(trackingRow(id).not_found_since).toBeNull();
    expect(tracker.trackingFor(id).notFound).toBeNull();

    practice.faults.set({ statusNotFound: true });
    now += hour;
    await pollNotFound(tracker);
    now += 23 * hour;
    await pollNotFound(tracker);
    expect(store.drafts.get(id).status).toBe('submitted');
    expect(changes.filter((change) => change.status === 'NOTFOUND')).toHaveLength(1);
    await tracker.stop();
  });
});
