// Finalizing a draft (it leaves the dealer's hands and joins the outbox) and "edit a copy" for ports the
// carrier refused, which remembers the request it copies so the copy can show the carrier's reasons.
// Finalizing freezes the exact request: the body, its sha256 and the operation, and the carrier it is
// for (the current target: the account, else the practice carrier). What is sent later is that
// snapshot, never the draft re-read, so a send after a crash is byte for byte the request that was
// queued, to the carrier it was queued for. The documents are named in it by their sha256, not copied
// in (frozen-body.ts): finalizing a draft with 20 MB of documents reads none of them.
import { assembleBody } from '../shared/domain/assemble-body';
import { buildRequest, customerReferenceFor, DraftNotReadyError } from '../shared/domain/build-request';
import { practiceTarget, type CarrierTarget } from '../shared/domain/carrier-target';
import { catalogueEntryById, type CatalogueEntryId } from '../shared/domain/catalogue';
import type { DraftData } from '../shared/domain/draft';
import { withLinePasswords, type LinePassword } from '../shared/domain/line-passwords';
import { validateReady, type ReadyContext } from '../shared/domain/validation';
import { Failure } from '../shared/domain/failure';
import type { RejectDetail } from '../shared/domain/contract';
import type { CopiedRejection, EditCopyResult, FinalizeResult } from '../shared/domain/outbox-views';
import type { Issue } from '../shared/domain/issue';
import { editableStatuses } from '../shared/domain/draft-views';
import type { OutboxClock, OutboxStore } from './outbox-deps';
import { createOutboxRepository } from './outbox-repository';
import { bodyPathPrefix } from './focus-path';
import { fileStandIns, freezeBody, sha256Hex } from './frozen-body';
import { targetColumns } from './targets';

export interface OutboxDraftsOptions {
  store: OutboxStore;
  clock?: OutboxClock;
  /** Reference data and today's date (Eastern) for the ready rules. */
  /** The context the ready rules read for a draft (the cached lists, today, its signed documents). */
  readyContext?: (draftId: string) => ReadyContext;
  /** Told after a draft joins the queue (the worker's wake()). */
  onQueued?: (draftId: string) => void;
  /** The carrier a draft finalized now is for (CarrierTargets.current). Default: the practice carrier. */
  target?: () => CarrierTarget;
  /** A draft's line passwords in clear, merged into the frozen body. Given by the composition root
   *  (the secrets layer decrypts them): the outbox never holds the cipher. */
  linePasswords?: (draftId: string) => readonly LinePassword[];
}

export interface FinalizeOptions {
  /**
   * The dealer saw which other active requests port the same numbers and sends this one anyway. Without
   * it, such a draft is not queued: the answer names those requests, for the dealer to confirm.
   */
  confirmDuplicates?: boolean;
}

export interface OutboxDrafts {
  /** Throws Failure('notReady', { count }, { issues }) when the draft is not ready. */
  finalizeDraft(draftId: string, options?: FinalizeOptions): FinalizeResult;
  /** An editable duplicate, opened on the field the carrier found at fault when it named one. */
  editCopy(draftId: string): EditCopyResult;
  /** For a draft made by editCopy, the carrier's rejection of the request it copies; else null. */
  copiedRejection(draftId: string): CopiedRejection | null;
}

const finalizable: ReadonlySet<string> = new Set(editableStatuses);

function notReady(issues: readonly Issue[]): Failure {
  return new Failure('notReady', { count: issues.length }, { issues: [...issues] });
}

/** The numbers of the port, from the frozen body (as the carrier will read them), for reconciliation. */
function numbersOfBody(body: unknown): number[] {
  const form = (body as { PortForm?: { NumbersToPort?: unknown } } | null)?.PortForm;
  const list = Array.isArray(form?.NumbersToPort) ? form.NumbersToPort : [];
  return list.filter((value): value is number => typeof value === 'number' && Number.isInteger(value));
}

/** A stored body path ("body:PortForm.CustomerPostalCode") as the draft field it came from. */
function draftPathOf(focus: string, entryId: string, data: DraftData, draftId: string): string | null {
  if (!focus.startsWith(bodyPathPrefix)) return focus;
  let entry;
  try {
    entry = catalogueEntryById(entryId as CatalogueEntryId);
  } catch {
    return null;
  }
  const segments = focus
    .slice(bodyPathPrefix.length)
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const trace = assembleBody(entry, data, { customerReference: customerReferenceFor(draftId) });
  // The carrier may name a port-form field without its "PortForm." prefix.
  const direct = trace.draftPathFor(segments);
  if (direct !== '') return direct;
  const inForm = trace.draftPathFor(['PortForm', ...segments]);
  return inForm === '' ? null : inForm;
}

export function createOutboxDrafts(options: OutboxDraftsOptions): OutboxDrafts {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const repo = createOutboxRepository(store.db);

  return {
    finalizeDraft(draftId, { confirmDuplicates = false } = {}) {
      const draft = store.drafts.get(draftId);
      if (!finalizable.has(draft.status)) {
        throw new Failure('draftLocked', { id: draftId, status: draft.status });
      }
      const ready = validateReady(draft.kind, draft.data, options.readyContext?.(draftId) ?? { today: '' });
      if (ready.errors.length > 0) throw notReady(ready.errors);

      const files = fileStandIns(store.attachments);
      let built;
      try {
        built = buildRequest(draft, files);
      } catch (error) {
        if (error instanceof DraftNotReadyError) throw notReady(error.issues);
        throw error;
      }
      // After the ready check, so the dealer fixes what blocks first; better-sqlite3 is synchronous, so
      // no other finalize can queue the same numbers between this check and the transaction below.
      if (!confirmDuplicates) {
        const duplicates = store.drafts.numberConflicts(draft.data.numbers?.toPort ?? [], draftId);
        if (duplicates.length > 0) return { outcome: 'confirmDuplicates', duplicates };
      }
      // The frozen body carries the line passwords, so what is sent later is exactly what was queued.
      const body = withLinePasswords(
        built.body as Record<string, unknown>,
        options.linePasswords?.(draftId) ?? [],
      );
      const bodyJson = body === built.body ? built.bodyJson : JSON.stringify(body);
      const at = clock().toISOString();
      const target = options.target?.() ?? practiceTarget;
      const parts = freezeBody(bodyJson, files.nonce);
      store.durably(() => {
        // Re-read inside the transaction: a save between the checks above and here must not slip through.
        const current = store.drafts.get(draftId);
        if (current.revision !== draft.revision || !finalizable.has(current.status)) {
          throw new Failure('revisionConflict', { id: draftId });
        }
        repo.insert({
          draftId,
          entryId: built.entry.id,
          method: built.entry.method,
          path: built.path,
          bodyJson: parts,
          bodySha256: sha256Hex(parts),
          customerReference: customerReferenceFor(draftId),
          numbers: numbersOfBody(built.body),
          at,
          target: targetColumns(target),
        });
        store.drafts.setStatus(draftId, 'queued');
      });
      options.onQueued?.(draftId);
      return { outcome: 'queued', draft: store.drafts.get(draftId) };
    },

    editCopy(draftId) {
      const source = store.drafts.get(draftId);
      const item = repo.itemLight(draftId);
      const reject = repo.reject(draftId);
      const focus = reject?.focus_path ?? item?.focus_path ?? null;
      const copy = store.drafts.duplicate(draftId);
      repo.recordOrigin(copy.id, draftId, clock().toISOString());
      const focusPath =
        focus === null ? null : draftPathOf(focus, item?.entry_id ?? '', source.data, draftId);
      return { draft: copy, focusPath };
    },

    copiedRejection(draftId) {
      store.drafts.get(draftId); // an unknown draft is notFound
      const sourceId = repo.originOf(draftId);
      const reject = sourceId === null ? undefined : repo.reject(sourceId);
      if (sourceId === null || !reject) return null;
      return {
        sourceId,
        ticket: repo.itemLight(sourceId)?.ticket ?? null,
        reject: {
          reason: reject.reason ?? '',
          summary: reject.summary ?? '',
          // Written by the tracker from a PortInStatus the carrier client had parsed with zod.
          details: JSON.parse(reject.details_json) as RejectDetail[],
        },
      };
    },
  };
}
