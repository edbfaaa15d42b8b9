// Stand-ins for services another part of the project is still building (finalize/split/edit-copy,
// the outbox worker, tracking). They answer a structured `unavailable` error or an empty state, so every
// channel already works end to end; services.ts swaps in the real ones as they land.
import { IpcFailure } from '../ipc/errors';
import type { DraftWorkflow, OutboxControl, TrackingReader } from '../ipc/handlers/deps';

const unavailable = (): never => {
  throw new IpcFailure('unavailable', 'error.unavailable');
};

export const interimWorkflow: DraftWorkflow = {
  split: unavailable,
  finalize: unavailable,
  editCopy: unavailable,
};

export function interimOutbox(online: () => boolean): OutboxControl {
  return {
    list: () => ({ paused: null, online: online(), items: [] }),
    retryNow: () => undefined,
    resolveReview: unavailable,
  };
}

export const interimTracking: TrackingReader = {
  get: () => ({
    ticket: null,
    reply: null,
    message: null,
    timeline: [],
    reject: null,
    attempts: [],
    evidence: null,
  }),
};
