// The documents Portage prepares from a draft (src-main/paperwork): previewed and signed on the dealer's
// screen, read back for the preview, and saved as a copy through the main process's save dialog. PDF bytes
// cross the bridge as base64 (it carries JSON); no path ever comes from the renderer.
import { customerReferenceFor } from '../../shared/domain/customer-reference';
import { documentFileName } from '../../shared/domain/paperwork/document-content';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function paperworkHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'paperwork.preview' | 'paperwork.sign' | 'paperwork.file' | 'paperwork.saveCopy'> {
  const { paperwork } = deps;
  return {
    'paperwork.preview': async ({ draftId, document, locale }) => ({
      base64: base64(await paperwork.preview(draftId, document, locale)),
    }),
    'paperwork.sign': async (input) => {
      const signed = await paperwork.sign(input);
      deps.events.emit('draftsChanged', { ids: [input.draftId] });
      return {
        draft: { ...signed.draft, signatures: signed.signatures },
        signatures: signed.signatures,
        sha256: signed.sha256,
      };
    },
    'paperwork.file': ({ draftId, sha256 }) => {
      const file = paperwork.file(draftId, sha256);
      return { name: file.name, base64: base64(file.content) };
    },
    'paperwork.saveCopy': async ({ draftId, document, locale, sha256 }) => {
      // A signed document as it was signed; without a hash, the unsigned one to print and sign by hand.
      const file = sha256
        ? paperwork.file(draftId, sha256)
        : {
            name: documentFileName(document, locale, customerReferenceFor(draftId)),
            content: await paperwork.preview(draftId, document, locale),
          };
      const dealerLocale = deps.locale();
      const saved = await deps.dialogs.saveFile({
        title: deps.translate(dealerLocale, 'dialog.saveDocument'),
        defaultName: file.name,
        filters: [{ name: deps.translate(dealerLocale, 'dialog.pdfDocuments'), extensions: ['pdf'] }],
        content: [file.content],
      });
      return { saved };
    },
  };
}
