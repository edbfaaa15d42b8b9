// The history that travels with a request in an export, once it left the dealer's hands: the outbox's
// record of it (operation, ticket, the carrier's reply and message), every status the tracker saw with its
// time, the carrier's reject details, and the audit trail of the requests made for it. Never the frozen
// body (it may hold the documents, which travel once, as attachments) and never an intent.
//
// On import (store/transfer.ts decides which drafts) the record is written as an item marked imported
// (migration 005): it was sent from the other computer, so it is never due here, and no tracking row is
// written, so this computer does not ask the carrier about a ticket its own account may not own; the
// computer that sent it keeps following it. Its state is never one the worker picks up: a request still
// in the other computer's outbox is recorded here as cancelled (the draft keeps its status, so the dealer
// sees where it stood).
import { z } from 'zod';
import type { TransferHistory } from '../store';
import type { OutboxStore } from './outbox-deps';
import { createOutboxRepository, outboxItemStates, pendingStates } from './outbox-repository';

const text = (max: number) => z.string().max(max);
const isoTime = z.iso.datetime();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const requestHistorySchema = z
  .object({
    entryId: text(100),
    method: text(10),
    path: text(500),
    bodySha256: sha256,
    customerReference: text(100),
    numbers: z.array(z.number().int().nonnegative()).max(5_000),
    state: z.enum(outboxItemStates),
    attempts: z.number().int().nonnegative().max(1_000_000),
    ticket: text(200).nullable(),
    reply: z.number().int().nullable(),
    message: text(20_000).nullable(),
    focusPath: text(500).nullable(),
    lastError: text(20_000).nullable(),
    evidence: text(100_000).nullable(),
    finalizedAt: isoTime,
    updatedAt: isoTime,
    /** Sent to the practice carrier: its ticket and statuses are made up. Absent in files from before. */
    practice: z.boolean().optional(),
    timeline: z.array(z.object({ status: text(100), at: isoTime }).strict()).max(1_000),
    reject: z
      .object({
        reason: text(20_000).nullable(),
        summary: text(20_000).nullable(),
        details: z.array(z.record(text(100), text(2_000))).max(1_000),
        focusPath: text(500).nullable(),
        at: isoTime,
      })
      .strict()
      .nullable(),
    auditTrail: z
      .array(
        z
          .object({
            at: isoTime,
            operation: text(200),
            requestSha256: sha256.nullable(),
            httpStatus: z.number().int().nullable(),
            reply: z.number().int().nullable(),
            ticket: text(200).nullable(),
            error: text(20_000).nullable(),
          })
          .strict(),
      )
      .max(1_000),
  })
  .strict();
export type RequestHistory = z.infer<typeof requestHistorySchema>;

const pending: ReadonlySet<string> = new Set(pendingStates);

export function createTransferHistory(store: Pick<OutboxStore, 'db'>): TransferHistory<RequestHistory> {
  const repo = createOutboxRepository(store.db);
  return {
    schema: requestHistorySchema,

    read(draftId) {
      const item = repo.itemLight(draftId);
      if (!item) return undefined;
      const reject = repo.reject(draftId);
      return {
        entryId: item.entry_id,
        method: item.method,
        path: item.path,
        bodySha256: item.body_sha256,
        customerReference: item.customer_reference,
        numbers: JSON.parse(item.numbers_json) as number[],
        state: item.state,
        attempts: item.attempts,
        ticket: item.ticket,
        reply: item.reply,
        message: item.message,
        focusPath: item.focus_path,
        lastError: item.last_error,
        evidence: item.evidence,
        finalizedAt: item.finalized_at,
        updatedAt: item.updated_at,
        practice: item.target_kind === 'practice',
        timeline: repo.timeline(draftId),
        reject: reject
          ? {
              reason: reject.reason,
              summary: reject.summary,
              details: JSON.parse(reject.details_json) as Record<string, string>[],
              focusPath: reject.focus_path,
              at: reject.at,
            }
          : null,
        auditTrail: repo.attempts(draftId).map((attempt) => ({
          at: attempt.at,
          operation: attempt.operation,
          requestSha256: attempt.request_sha256,
          httpStatus: attempt.http_status,
          reply: attempt.reply,
          ticket: attempt.ticket,
          error: attempt.error,
        })),
      };
    },

    write(draftId, history, importedAt) {
      // Whatever this computer recorded under this id gives way to the file's record: a local draft the
      // file supersedes was never sent from here, and a draft purged from the trash leaves its record.
      repo.remove(draftId);
      repo.insertImported({
        draftId,
        entryId: history.entryId,
        method: history.method,
        path: history.path,
        bodySha256: history.bodySha256,
        customerReference: history.customerReference,
        numbers: history.numbers,
        state: pending.has(history.state) ? 'cancelled' : history.state,
        attempts: history.attempts,
        ticket: history.ticket,
        reply: history.reply,
        message: history.message,
        focusPath: history.focusPath,
        lastError: history.lastError,
        evidence: history.evidence,
        finalizedAt: history.finalizedAt,
        updatedAt: history.updatedAt,
        targetKind: history.practice === true ? 'practice' : 'account',
        importedAt,
      });
      for (const entry of history.timeline) repo.addStatus(draftId, entry.status, entry.at);
      if (history.reject) {
        const { reason, summary, details, focusPath, at } = history.reject;
        repo.saveReject(draftId, { reason, summary, detailsJson: JSON.stringify(details), focusPath }, at);
      }
      for (const entry of history.auditTrail) repo.recordAttempt({ draftId, ...entry });
    },
  };
}
