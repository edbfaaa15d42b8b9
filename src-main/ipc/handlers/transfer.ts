// Export and import of drafts as a .portage.json file, through the main process's save and open dialogs.
// Requests travel with their tracking history (deps.transferHistory); what an import does with drafts
// already here is the store's rule (src-main/store/transfer.ts). An exported request that went to the
// practice carrier is marked so in the file.
import { Failure } from '../../shared/domain/failure';
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

/** An export holds attachments as base64: generous, but a bound on what an import may read. */
const maxImportBytes = 512 * 1024 * 1024;

export function transferHandlers(deps: HandlerDeps): Pick<Handlers, 'transfer.export' | 'transfer.import'> {
  const filters = (locale: ReturnType<HandlerDeps['locale']>) => [
    { name: deps.translate(locale, 'dialog.portageFiles'), extensions: ['json'] },
  ];
  return {
    'transfer.export': async ({ ids }) => {
      const practice = deps.outbox.practiceAmong(ids);
      const bundle = deps.store.transfer.exportDrafts(ids, deps.transferHistory, (id) => practice.has(id));
      const locale = deps.locale();
      const date = new Date().toISOString().slice(0, 10);
      const saved = await deps.dialogs.saveFile({
        title: deps.translate(locale, 'dialog.export'),
        defaultName: `portage-${date}.portage.json`,
        filters: filters(locale),
        content: new TextEncoder().encode(JSON.stringify(bundle)),
      });
      return { saved };
    },
    'transfer.import': async () => {
      const locale = deps.locale();
      const picked = await deps.dialogs.openFileForImport({
        title: deps.translate(locale, 'dialog.import'),
        filters: filters(locale),
      });
      if (!picked) return { imported: 0, updated: 0, alreadyHere: 0 };
      if (picked.content.byteLength > maxImportBytes) throw new Failure('invalidImport');
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(picked.content));
      } catch {
        throw new Failure('invalidImport');
      }
      const summary = deps.store.transfer.importDrafts(parsed, deps.transferHistory);
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
