// Importing a request's numbers from a spreadsheet, as the import view walks it: choose the file (the
// main process's dialog; the page never has the file), confirm which column holds what, read the report
// row by row, add the numbers. The file stays in the main process under an import id until it is added
// or the view is left. Also the CSV export of a request's numbers.
import type { IntakeField } from '../../src-main/shared/domain/intake/fields';
import type { IntakeMapping } from '../../src-main/shared/domain/intake/guess-columns';
import type { IntakePreview, IntakeReport, IntakeResult } from '../../src-main/shared/domain/intake/views';
import type { PortageApi } from '../lib/api-types';
import { errorOf, portage } from '../lib/portage';

export type ImportStage = 'choose' | 'mapping' | 'report' | 'done';

export class NumbersImport {
  stage = $state<ImportStage>('choose');
  preview = $state<IntakePreview | null>(null);
  mapping = $state<IntakeMapping>({ hasHeader: false, columns: [] });
  report = $state<IntakeReport | null>(null);
  result = $state<IntakeResult | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);

  #api: PortageApi;

  /** Tests hand in their own api; the app takes `window.portage`. */
  constructor(api: PortageApi = portage()) {
    this.#api = api;
  }

  /** Opens the file dialog; a file read goes to the mapping step, a cancelled dialog changes nothing. */
  async choose(draftId: string): Promise<void> {
    await this.#run(async () => {
      const result = await this.#api.intake.open({ draftId });
      if (!result.ok) return result.error.message;
      if (result.value === null) return null;
      this.#forget();
      this.preview = result.value;
      this.mapping = {
        hasHeader: result.value.mapping.hasHeader,
        columns: [...result.value.mapping.columns],
      };
      this.report = null;
      this.stage = 'mapping';
      return null;
    });
  }

  /** What a column fills, chosen by the dealer; a field fills one column, so another column giving it lets go. */
  setColumn(column: number, field: IntakeField | null): void {
    const columns = this.mapping.columns.map((current, index) => {
      if (index === column) return field;
      return field !== null && current === field ? null : current;
    });
    this.mapping = { ...this.mapping, columns };
  }

  setHasHeader(hasHeader: boolean): void {
    this.mapping = { ...this.mapping, hasHeader };
  }

  async check(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    await this.#run(async () => {
      const result = await this.#api.intake.check({ importId: preview.importId, mapping: this.#mapping() });
      if (!result.ok) return result.error.message;
      this.report = result.value;
      this.stage = 'report';
      return null;
    });
  }

  async apply(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    await this.#run(async () => {
      const result = await this.#api.intake.apply({ importId: preview.importId, mapping: this.#mapping() });
      if (!result.ok) return result.error.message;
      this.result = result.value;
      this.preview = null;
      this.stage = 'done';
      return null;
    });
  }

  backToMapping(): void {
    this.error = null;
    this.stage = 'mapping';
  }

  /** Leaving the view: the main process lets go of a file that was not added. */
  dispose(): void {
    this.#forget();
  }

  #forget(): void {
    if (this.preview) void this.#api.intake.close({ importId: this.preview.importId });
  }

  #mapping(): IntakeMapping {
    return { hasHeader: this.mapping.hasHeader, columns: [...this.mapping.columns] };
  }

  async #run(step: () => Promise<string | null>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      this.error = await step();
    } finally {
      this.busy = false;
    }
  }
}

/** Saves a request's numbers as CSV through the save dialog. Answers null, or the message to show. */
export async function exportNumbers(draftId: string): Promise<string | null> {
  return errorOf(await portage().intake.exportNumbers({ draftId }));
}
