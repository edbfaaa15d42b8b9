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

/** The bundle as the UTF-8 pieces of its JSON text, in order; JSON.parse of their join is the bundle. */
async function piecesOf(bundle: DraftBundle): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const slice = sliceTimer();
  const pieces: Uint8Array[] = [];
  let bytes = 0;
  const add = (text: string) => {
    const piece = encoder.encode(text);
    bytes += piece.byteLength;
    if (bytes > maxTransferFileBytes) throw transferTooLarge('exportTooLarge', bytes);
    pieces.push(piece);
  };
  const { drafts, attachments, ...head } = bundle;
  add(`${JSON.stringify(head).slice(0, -1)},"drafts":[`);
  for (const [index, draft] of drafts.entries()) {
    add(`${index > 0 ? ',' : ''}${JSON.stringify(draft)}`);
    await slice.turn();
  }
  add('],"attachments":[');
  for (const [index, attachment] of attachments.entries()) {
    add(`${index > 0 ? ',' : ''}${JSON.stringify(attachment)}`);
    await slice.turn();
  }
  add(']}');
  return pieces;
}

export function transferHandlers(deps: HandlerDeps): Pick<Handlers, 'transfer.export' | 'transfer.import'> {
  const filters = (locale: ReturnType<HandlerDeps['locale']>) => [
    { name: deps.translate(locale, 'dialog.portageFiles'), extensions: ['json'] },
  ];
  return {
    'transfer.export': async ({ ids }) => {
      const practice = deps.outbox.practiceAmong(ids);
      const bundle = deps.store.transfer.exportDrafts(ids, deps.transferHistory, (id) => practice.has(id));
      const content = await piecesOf(bundle);
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
