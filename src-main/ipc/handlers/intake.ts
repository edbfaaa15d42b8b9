// Numbers from a spreadsheet, and a request's numbers out as CSV. The file comes from the main
// process's open dialog and goes out through its save dialog: the renderer names a draft or an import,
// never a path, and never holds the file. The intake service does the reading and checking.
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';
import { numbersCsv } from '../../intake/numbers-csv';
import { StoreError } from '../../store/errors';
import { isTooLarge } from '../ports';

type IntakeChannels =
  'intake.open' | 'intake.check' | 'intake.apply' | 'intake.close' | 'intake.exportNumbers';

/** The extensions the open dialog offers; the content decides how a file is read (read-table.ts). */
const spreadsheetExtensions = ['csv', 'tsv', 'txt', 'xlsx'];

// A spreadsheet of 5,000 numbers weighs well under a megabyte; a larger file is not read, and the dealer
// is told its size and the limit (never a silent cancel).
const maxSpreadsheetBytes = 32 * 1024 * 1024;

function spreadsheetTooLarge(bytes: number, name: string): StoreError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return new StoreError('attachmentTooLarge', {
    size: mb(bytes),
    limit: mb(maxSpreadsheetBytes),
    bytes,
    name,
  });
}

export function intakeHandlers(deps: HandlerDeps): Pick<Handlers, IntakeChannels> {
  const { drafts } = deps.store;
  return {
    'intake.open': async ({ draftId }) => {
      // Refuse before the dialog opens: a finalized request takes no numbers (and an unknown one is notFound).
      const draft = drafts.get(draftId);
      if (!draft.editable) throw new StoreError('draftLocked', { id: draftId });
      const locale = deps.locale();
      const picked = await deps.dialogs.openFile({
        title: deps.translate(locale, 'dialog.importNumbers'),
        filters: [{ name: deps.translate(locale, 'dialog.spreadsheets'), extensions: spreadsheetExtensions }],
        maxBytes: maxSpreadsheetBytes,
      });
      if (!picked) return null;
      if (isTooLarge(picked)) throw spreadsheetTooLarge(picked.size, picked.name);
      return deps.intake.open(draftId, picked);
    },
    'intake.check': ({ importId, mapping }) => deps.intake.check(importId, mapping),
    'intake.apply': async ({ importId, mapping }) => {
      const result = await deps.intake.apply(importId, mapping);
      const ids = result.outcome === 'one' ? [result.draft.id] : [result.regular.id, result.tollFree.id];
      deps.events.emit('draftsChanged', { ids });
      return result;
    },
    'intake.close': ({ importId }) => {
      deps.intake.close(importId);
      return undefined;
    },
    'intake.exportNumbers': async ({ draftId }) => {
      const draft = drafts.get(draftId);
      const locale = deps.locale();
      const saved = await deps.dialogs.saveFile({
        title: deps.translate(locale, 'dialog.exportNumbers'),
        defaultName: `${deps.translate(locale, 'numbersCsv.fileName')}-${draft.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || draft.id}.csv`,
        filters: [{ name: deps.translate(locale, 'dialog.csvFiles'), extensions: ['csv'] }],
        content: [new TextEncoder().encode(numbersCsv(draft, locale))],
      });
      return { saved };
    },
  };
}
