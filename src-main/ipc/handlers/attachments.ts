// Attachments come from the native file dialog in the main process: the renderer names a slot, never a path.
import type { AttachmentSlot, DraftData } from '../../shared/domain/draft';
import { attachmentExtensions, mimeTypeForName } from '../../shared/domain/mime';
import { maxAttachmentBytes, tooLarge } from '../../store/attachments';
import { StoreError } from '../../store/errors';
import { isTooLarge } from '../ports';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

function withSlot(
  data: DraftData,
  slot: AttachmentSlot,
  update: (
    refs: NonNullable<DraftData['attachments']>[AttachmentSlot],
  ) => NonNullable<DraftData['attachments']>[AttachmentSlot],
): DraftData {
  const attachments = { ...(data.attachments ?? {}) };
  attachments[slot] = update(attachments[slot]);
  return { ...data, attachments };
}

export function attachmentHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'attachments.add' | 'attachments.remove'> {
  const { drafts, attachments } = deps.store;
  return {
    'attachments.add': async ({ draftId, slot }) => {
      const draft = drafts.get(draftId);
      // Refuse before the dialog opens: a finalized draft cannot take a file.
      if (!draft.editable) throw new StoreError('draftLocked', { id: draftId });
      const locale = deps.locale();
      const picked = await deps.dialogs.openFile({
        title: deps.translate(locale, `dialog.attach.${slot}`),
        filters: [{ name: deps.translate(locale, 'dialog.documents'), extensions: attachmentExtensions }],
        maxBytes: maxAttachmentBytes,
      });
      if (!picked) return null;
      // Too large to attach: said so, with its size and the limit (the file was not read).
      if (isTooLarge(picked)) throw tooLarge(picked.size, picked.name);
      const ref = attachments.put({
        name: picked.name,
        mimeType: mimeTypeForName(picked.name),
        content: picked.content,
      });
      // The draft may have been saved while the dialog was open: add to the latest revision.
      const latest = drafts.get(draftId);
      const data = withSlot(latest.data, slot, (refs) => [
        ...(refs ?? []).filter((r) => r.sha256 !== ref.sha256),
        ref,
      ]);
      const saved = drafts.save(draftId, data, latest.revision);
      deps.events.emit('draftsChanged', { ids: [draftId] });
      return saved;
    },
    'attachments.remove': ({ draftId, slot, sha256 }) => {
      const draft = drafts.get(draftId);
      const present = (draft.data.attachments?.[slot] ?? []).some((ref) => ref.sha256 === sha256);
      if (!present) throw new StoreError('notFound', { id: sha256 });
      const data = withSlot(draft.data, slot, (refs) => (refs ?? []).filter((ref) => ref.sha256 !== sha256));
      const saved = drafts.save(draftId, data, draft.revision);
      deps.events.emit('draftsChanged', { ids: [draftId] });
      return saved;
    },
  };
}
