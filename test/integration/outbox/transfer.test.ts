// Moving requests between two computers (two real SQLite files), after real sends to the practice carrier
// over loopback: an imported request that was sent keeps its status, ticket and tracking history and stays
// read-only; importing the same file again copies nothing; a newer copy of a draft replaces the older one
// (which stays in its history); a copy finalized on the other computer locks the one here, and changes
// made here meanwhile live on in a new draft. Nothing imported is ever sent or polled from here.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDrafts } from '../../../src-main/outbox/finalize';
import { createOutboxRepository } from '../../../src-main/outbox/outbox-repository';
import { createPortTracker } from '../../../src-main/outbox/tracking';
import { createTransferHistory } from '../../../src-main/outbox/transfer-history';
import { createOutboxWorker } from '../../../src-main/outbox/worker';
import { startPracticeCarrier, type PracticeCarrier } from '../../../src-main/practice-carrier/server';
import type { Store } from '../../../src-main/store';
import { clientFor, createReadyDraft, openTestStore, readyContext, tempDir, waitFor } from './harness';

/** What the worker would send, whatever the carrier: an imported record is never due for any of them. */
function dueForAnyCarrier(repo: ReturnType<typeof createOutboxRepository>): string[] {
  const far = '9999-12-31T00:00:00.000Z';
  return [
    ...repo.dueIds({ targetKind: 'practice', targetBaseUrl: null, targetUsername: null }, far, 100),
    ...repo.dueIds({ targetKind: 'account', targetBaseUrl: null, targetUsername: null }, far, 100),
  ];
}

describe('export and import between two computers', () => {
  const temp = tempDir();
  let here: Store;
  let there: Store;
  let practice: PracticeCarrier;
  const ids = { completed: '', rejected: '', draft: '' };

  const exported = (store: Store, list: string[]) =>
    JSON.parse(JSON.stringify(store.transfer.exportDrafts(list, createTransferHistory(store)))) as unknown;
  const importInto = (store: Store, bundle: unknown) =>
    store.transfer.importDrafts(bundle, createTransferHistory(store));
  const tracking = (store: Store, id: string) =>
    createPortTracker({ store, client: clientFor(() => practice.url) }).trackingFor(id);

  beforeAll(async () => {
    there = openTestStore(join(temp.dir, 'there.db'));
    here = openTestStore(join(temp.dir, 'here.db'));
    practice = await startPracticeCarrier({ statusStepMs: 250 });

    // The other computer sends two requests: one completes, the carrier rejects the other.
    const client = clientFor(() => practice.url);
    const tracker = createPortTracker({ store: there, client, schedule: { initialMs: 60, capMs: 120 } });
    const worker = createOutboxWorker({
      store: there,
      client,
      firstPollDelayMs: 0,
      onSubmitted: () => tracker.wake(),
    });
    const drafts = createOutboxDrafts({ store: there, readyContext, onQueued: () => worker.wake() });
    ids.completed = createReadyDraft(there, 'dids', 600);
    ids.rejected = createReadyDraft(there, 'residentialLine', 601);
    const data = there.drafts.get(ids.rejected).data;
    // The practice carrier's losing carrier rejects account number 000000.
    there.drafts.save(ids.rejected, { ...data, customer: { ...data.customer, accountNumber: '000000' } });
    ids.draft = createReadyDraft(there, 'virtualFax', 602);
    drafts.finalizeDraft(ids.completed);
    drafts.finalizeDraft(ids.rejected);
    worker.start();
    tracker.start();
    await waitFor(
      () =>
        there.drafts.get(ids.completed).status === 'completed' &&
        there.drafts.get(ids.rejected).status === 'rejected',
      { what: 'the ports to complete and be rejected', timeoutMs: 15_000 },
    );
    await worker.stop();
    await tracker.stop();
  });

  afterAll(async () => {
    here.close();
    there.close();
    await practice.close();
    temp.remove();
  });

  it('brings sent requests with their status, ticket and history, read-only, and never sends them', () => {
    const file = exported(there, [ids.completed, ids.rejected, ids.draft]);
    expect(importInto(here, file)).toEqual({
      imported: [ids.completed, ids.rejected, ids.draft],
      updated: [],
      alreadyHere: [],
    });

    const completed = here.drafts.get(ids.completed);
    expect(completed).toMatchObject({
      status: 'completed',
      ticket: there.drafts.get(ids.completed).ticket,
      editable: false,
      data: there.drafts.get(ids.completed).data,
    });
    expect(completed.ticket).toMatch(/\S/);
    expect(here.drafts.get(ids.rejected)).toMatchObject({ status: 'rejected', editable: false });
    expect(here.drafts.get(ids.draft)).toMatchObject({ status: 'draft', editable: true });

    // The whole record: ticket, reply, every status with its time, the reject details, the audit trail.
    for (const id of [ids.completed, ids.rejected]) {
      const original = tracking(there, id);
      const imported = tracking(here, id);
      expect(imported).toEqual({ ...original, importedAt: expect.any(String) as string });
      expect(original.importedAt).toBeNull();
    }
    expect(tracking(here, ids.completed).timeline.map((step) => step.status)).toEqual([
      'SUBMITTED',
      'CONFIRMED',
      'COMPLETED',
    ]);
    expect(tracking(here, ids.rejected).reject?.focusPath).toBe('customer.accountNumber');

    // Nothing for this computer's worker to send, nor for its tracker to ask about.
    const repo = createOutboxRepository(here.db);
    expect(dueForAnyCarrier(repo)).toEqual([]);
    expect(repo.listed()).toEqual([]);
    expect(here.db.prepare('SELECT COUNT(*) AS n FROM port_tracking').get()).toEqual({ n: 0 });
    // And it cannot be finalized again here.
    expect(() => createOutboxDrafts({ store: here, readyContext }).finalizeDraft(ids.completed)).toThrow(
      expect.objectContaining({ code: 'draftLocked' }),
    );
  });

  it('copies nothing when the same file is imported again', () => {
    const file = exported(there, [ids.completed, ids.rejected, ids.draft]);
    expect(importInto(here, file)).toEqual({
      imported: [],
      updated: [],
      alreadyHere: [ids.completed, ids.rejected, ids.draft],
    });
    expect(here.drafts.list().total).toBe(3);
    expect(here.db.prepare('SELECT COUNT(*) AS n FROM outbox_items').get()).toEqual({ n: 2 });
  });

  it('takes a newer copy of a draft, keeping the one it replaces in its history', async () => {
    const before = here.drafts.get(ids.draft);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const data = there.drafts.get(ids.draft).data;
    there.drafts.save(ids.draft, { ...data, customer: { ...data.customer, name: 'Nouveau nom inc.' } });

    expect(importInto(here, exported(there, [ids.completed, ids.draft]))).toEqual({
      imported: [],
      updated: [ids.draft],
      alreadyHere: [ids.completed],
    });
    const after = here.drafts.get(ids.draft);
    expect(after.data.customer?.name).toBe('Nouveau nom inc.');
    expect(after.editable).toBe(true);
    const restored = here.drafts.restoreRevision(ids.draft, before.revision);
    expect(restored.data).toEqual(before.data);
  });

  it('locks the draft here when the other computer finalized it; changes made here live on in a copy', async () => {
    // Here, the dealer goes on typing in the draft…
    const data = here.drafts.get(ids.draft).data;
    await new Promise((resolve) => setTimeout(resolve, 5));
    here.drafts.save(ids.draft, { ...data, comments: { portTeam: 'Typed here afterwards.' } });
    // …while the other computer finalizes its copy (still in its outbox when exported).
    const finalized = createOutboxDrafts({ store: there, readyContext }).finalizeDraft(ids.draft);
    expect(finalized.outcome).toBe('queued');

    expect(importInto(here, exported(there, [ids.draft]))).toEqual({
      imported: [],
      updated: [ids.draft],
      alreadyHere: [],
    });
    expect(here.drafts.get(ids.draft)).toMatchObject({ status: 'queued', editable: false });
    // Recorded, not queued: the other computer sends it, this one never does.
    const repo = createOutboxRepository(here.db);
    expect(repo.itemLight(ids.draft)).toMatchObject({ state: 'cancelled', imported_at: expect.any(String) });
    expect(dueForAnyCarrier(repo)).toEqual([]);
    const known = new Set(Object.values(ids));
    const copies = here.drafts
      .list()
      .rows.filter((row) => !known.has(row.id))
      .map((row) => here.drafts.get(row.id));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      editable: true,
      data: { comments: { portTeam: 'Typed here afterwards.' } },
    });
  });

  it('reads an export from an earlier version (no ids): the same drafts are recognized, not copied', () => {
    const current = exported(there, [ids.completed, ids.rejected]) as {
      drafts: { kind: string; title: string; data: unknown; status: string }[];
    };
    const older = {
      ...current,
      version: 1,
      drafts: current.drafts.map(({ kind, title, data, status }) => ({ kind, title, data, status })),
    };
    const elsewhere = openTestStore(join(temp.dir, 'elsewhere.db'));
    try {
      const first = elsewhere.transfer.importDrafts(older);
      expect(first.imported).toHaveLength(2);
      // A request sent elsewhere does not come back as a fresh draft.
      expect(first.imported.map((id) => elsewhere.drafts.get(id).status)).toEqual(['completed', 'rejected']);
      expect(first.imported.map((id) => elsewhere.drafts.get(id).editable)).toEqual([false, false]);
      expect(elsewhere.transfer.importDrafts(older)).toEqual({
        imported: [],
        updated: [],
        alreadyHere: first.imported,
      });
      expect(elsewhere.drafts.list().total).toBe(2);
    } finally {
      elsewhere.close();
    }
  });
});
