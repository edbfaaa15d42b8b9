// Everything the views and the editor ask the main process to do to a draft: create, copy, archive,
// trash and restore it, go back to a revision, split it, attach documents, finalize it. Each call answers
// with what the view needs: the new value, or the message to show (already in the dealer's language).
// The list (draft-list) and the open draft's autosave (draft-editor) have stores of their own.
import type { DraftData, AttachmentSlot } from '../../src-main/shared/domain/draft';
import type { DraftKind } from '../../src-main/shared/domain/catalogue';
import type {
  ApiIssue,
  ConflictingRequest,
  CopiedRejection,
  DraftDetail,
  EditCopyResult,
  Revision,
  SplitResult,
  TrashedDraft,
} from '../lib/api-types';
import { errorOf, portage, valueOr } from '../lib/portage';

export async function getDraft(id: string): Promise<DraftDetail | string> {
  return valueOr(await portage().drafts.get({ id }));
}

export async function createDraft(kind: DraftKind, data: DraftData): Promise<DraftDetail | string> {
  return valueOr(await portage().drafts.create({ kind, data }));
}

/** A new editable draft with the same data (how a sent or read-only request is reused). */
export async function duplicateDraft(id: string): Promise<DraftDetail | string> {
  return valueOr(await portage().drafts.duplicate({ id }));
}

export async function setArchived(id: string, archived: boolean): Promise<string | null> {
  return errorOf(await portage().drafts.setArchived({ id, archived }));
}

export async function trashDraft(id: string): Promise<string | null> {
  return errorOf(await portage().drafts.trash({ id }));
}

export async function listTrash(): Promise<TrashedDraft[] | string> {
  return valueOr(await portage().drafts.listTrash());
}

export async function restoreFromTrash(id: string): Promise<string | null> {
  return errorOf(await portage().drafts.restoreFromTrash({ id }));
}

export async function listRevisions(id: string): Promise<Revision[] | string> {
  return valueOr(await portage().drafts.revisions({ id }));
}

/** Makes an earlier version the current one (as a new revision); answers with the draft as it is now. */
export async function restoreRevision(id: string, revision: number): Promise<DraftDetail | string> {
  return valueOr(await portage().drafts.restoreRevision({ id, revision }));
}

/** Splits a draft mixing regular and toll-free numbers into two requests, as the carrier needs. */
export async function splitDraft(id: string): Promise<SplitResult | string> {
  return valueOr(await portage().drafts.split({ id }));
}

/**
 * Finalizes and queues a draft. Answers with the queued draft; the other active requests porting the same
 * numbers, when the dealer has not confirmed sending them again (nothing is queued then); the issues that
 * still block it (the main process checks again); or the message of any other refusal.
 */
export async function finalizeDraft(
  id: string,
  confirmDuplicates = false,
): Promise<DraftDetail | { duplicates: ConflictingRequest[] } | ApiIssue[] | string> {
  const result = await portage().drafts.finalize({ id, confirmDuplicates });
  if (result.ok) {
    const value = result.value;
    return value.outcome === 'queued' ? value.draft : { duplicates: value.duplicates };
  }
  return result.error.issues?.length ? result.error.issues : result.error.message;
}

/** A new draft from a rejected request, with the field the carrier objected to. */
export async function editCopy(id: string): Promise<EditCopyResult | string> {
  return valueOr(await portage().drafts.editCopy({ id }));
}

/** For a draft made by "edit a copy": what the carrier said of the rejected request; null otherwise. */
export async function copiedRejection(id: string): Promise<CopiedRejection | null> {
  const result = await portage().drafts.copiedRejection({ id });
  return result.ok ? result.value : null;
}

/** Adds a document through the main process's file dialog: null when the dealer cancels it. */
export async function addAttachment(
  draftId: string,
  slot: AttachmentSlot,
): Promise<DraftDetail | null | string> {
  return valueOr(await portage().attachments.add({ draftId, slot }));
}

export async function removeAttachment(
  draftId: string,
  slot: AttachmentSlot,
  sha256: string,
): Promise<DraftDetail | string> {
  return valueOr(await portage().attachments.remove({ draftId, slot, sha256 }));
}

/** Whether the carrier can port the number; null when it could not be asked. */
export async function checkPortable(number: string): Promise<boolean | null> {
  const result = await portage().numbers.checkPortable({ number });
  return result.ok ? result.value.portable : null;
}
