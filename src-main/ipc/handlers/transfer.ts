// Export and import of drafts as a .portage.json file, through the main process's save and open dialogs.
// Requests travel with their tracking history (deps.transferHistory); what an import does with drafts
// already here is the store's rule (src-main/store/transfer.ts). An exported request that went to the
// practice carrier is marked so in the file.
//
// One size limit (maxTransferFileBytes) for the dialog, the import and the export: a file over it is
// refused with its size and the limit, before it is read; an export that would be over it is not written,
// so the app never writes a file it would refuse to read back. The export is written as pieces (a draft
// or a document each), the loop getting a turn between pieces, never joined into one giant string. An
// import is parsed in a worker thread (store/transfer-parse.ts) and written a document at a time.
import { Failure } from '../../shared/domain/failure';
import { maxTransferFileBytes, megabytesText } from '../../shared/domain/transfer-limits';
import type { DraftBundle } from '../../store/transfer';
import { maxAttachmentBytes } from '../../store/attachments';
import { sliceTimer } from '../../store/next-turn';
import { parseExportOffThread } from '../../store/transfer-parse';
import { isTooLarge } from '../ports';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

/** A document's base64 in the file: 4/3 of its bytes, padded. */
const maxBase64 = Math.ceil((maxAttachmentBytes * 4) / 3) + 4;

function transferTooLarge(code: 'importTooLarge' | 'exportTooLarge', bytes: number, name = ''): Failure {
  const limit = megabytesText(maxTransferFileBytes);
  return new Failure(code, { size: megabytesText(bytes), limit, ...(name ? { name } : {}) });
}

/** Drafts read per slice of an export: each read with its documents' bytes and base64 (a few ms). */
const exportBatch = 25;

/**
 * The export's JSON text as UTF-8 pieces, in order (a draft or a document each; JSON.parse of their join
 * is the bundle), read `exportBatch` drafts at a time with the loop turning between slices. A document
 * shared by several drafts is written once.
 */
async function exportPieces(
  ids: readonly string[],
  read: (ids: string[]) => DraftBundle,
): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const slice = sliceTimer();
  const drafts: Uint8Array[] = [];
  const documents: Uint8Array[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  const add = (into: Uint8Array[], text: string) => {
    const piece = encoder.encode(text);
    bytes += piece.byteLength;
    if (bytes > maxTransferFileBytes) throw transferTooLarge('exportTooLarge', bytes);
    into.push(piece);
  };
  let head: Omit<DraftBundle, 'drafts' | 'attachments'> | null = null;
  const unique = [...new Set(ids)];
  for (let from = 0; from < unique.length || head === null; from += exportBatch) {
    const { drafts: some, attachments, ...header } = read(unique.slice(from, from + exportBatch));
    head ??= header;
    for (const draft of some) add(drafts, `${drafts.length > 0 ? ',' : ''}${JSON.stringify(draft)}`);
    for (const attachment of attachments) {
      if (seen.has(attachment.sha256)) continue;
      seen.add(attachment.sha256);
      add(documents, `${documents.length > 0 ? ',' : ''}${JSON.stringify(attachment)}`);
    }
    await slice.turn();
  }
  const open = encoder.encode(`${JSON.stringify(head).slice(0, -1)},"drafts":[`);
  return [open, ...drafts, encoder.encode('],"attachments":['), ...documents, encoder.encode(']}')];
}

export function transferHandlers(deps: HandlerDeps): Pick<Handlers, 'transfer.export' | 'transfer.import'> {
  const filters = (locale: ReturnType<HandlerDeps['locale']>) => [
    { name: deps.translate(locale, 'dialog.portageFiles'), extensions: ['json'] },
  ];
  return {
    'transfer.export': async ({ ids }) => {
      const practice = deps.outbox.practiceAmong(ids);
      const content = await exportPieces(ids, (some) =>
        deps.store.transfer.exportDrafts(some, deps.transferHistory, (id) => practice.has(id)),
      );
      const locale = deps.locale();
      const date = new Date().toISOString().slice(0, 10);
      const saved = await deps.dialogs.saveFile({
        title: deps.translate(locale, 'dialog.export'),
        defaultName: `portage-${date}.portage.json`,
        filters: filters(locale),
        content,
      });
      return { saved };
    },
    'transfer.import': async () => {
      const locale = deps.locale();
      const picked = await deps.dialogs.openFileForImport({
        title: deps.translate(locale, 'dialog.import'),
        filters: filters(locale),
        maxBytes: maxTransferFileBytes,
      });
      if (!picked) return { imported: 0, updated: 0, alreadyHere: 0 };
      // Too large: said so with its size and the limit; never answered like a cancelled dialog.
      if (isTooLarge(picked)) throw transferTooLarge('importTooLarge', picked.size, picked.name);
      // Parsed and its documents decoded in a worker thread; written with the loop turning between them.
      const parsed = await parseExportOffThread(picked.content, maxBase64);
      if (parsed === null) throw new Failure('invalidImport');
      const summary = await deps.store.transfer.importDraftsInTurns(
        parsed.bundle,
        deps.transferHistory,
        parsed.decoded,
      );
      const changed = [...summary.imported, ...summary.updated];
      if (changed.length > 0) deps.events.emit('draftsChanged', { ids: changed });
      return {
        imported: summary.imported.length,
        updated: summary.updated.length,
        alreadyHere: summary.alreadyHere.length,
      };
    },
  };
}
