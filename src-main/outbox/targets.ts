// The outbox's side of carrier targets: how an item's target is stored (three columns of outbox_items,
// migration 004), the one-carrier stand-in for tests and benchmarks that drive the worker with a single
// client, whether the practice carrier still has work (queued or tracked practice requests), which keeps
// it running after an account is set up, and which drafts went to practice (every screen marks them).
import { practiceTarget, type CarrierTarget } from '../shared/domain/carrier-target';
import type { OutboxCarrier, OutboxStore, OutboxTargets } from './outbox-deps';
import { createOutboxRepository } from './outbox-repository';

/** How a target is written in outbox_items (and compared in its queries). */
export interface TargetColumns {
  targetKind: 'practice' | 'account';
  targetBaseUrl: string | null;
  targetUsername: string | null;
}

export function targetColumns(target: CarrierTarget): TargetColumns {
  return target.kind === 'practice'
    ? { targetKind: 'practice', targetBaseUrl: null, targetUsername: null }
    : { targetKind: 'account', targetBaseUrl: target.baseUrl, targetUsername: target.username };
}

export function targetOfRow(row: {
  target_kind: string;
  target_base_url: string | null;
  target_username: string | null;
}): CarrierTarget {
  if (row.target_kind === 'account' && row.target_base_url !== null && row.target_username !== null) {
    return { kind: 'account', baseUrl: row.target_base_url, username: row.target_username };
  }
  return practiceTarget;
}

/**
 * One client for everything: every request is finalized for, sent to and polled at that one carrier,
 * recorded as practice. For tests and benchmarks of the outbox alone; the app wires CarrierTargets.
 */
export function oneCarrier(client: OutboxCarrier): OutboxTargets {
  return {
    current: () => practiceTarget,
    reachable: () => ({ practice: true, account: null }),
    clientFor: () => client,
  };
}

/** Which of these drafts were finalized for the practice carrier (their ticket and status are made up). */
export function practiceDraftsReader(store: OutboxStore): (draftIds: readonly string[]) => Set<string> {
  const repo = createOutboxRepository(store.db);
  return (draftIds) => repo.practiceAmong(draftIds);
}

/** Whether any practice request is still queued or followed (the practice carrier must then run). */
export function practiceWorkPending(store: OutboxStore): () => boolean {
  const repo = createOutboxRepository(store.db);
  return () => repo.hasPracticeWork();
}
