// The import of numbers from a spreadsheet (#/drafts/<id>/import): choose the file (the harness's
// dialog picks the staged one), the mapping step, the report, and the request or requests it made.
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class ImportPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  /** From the editor's numbers section, as a dealer would. */
  async openFromEditor(): Promise<void> {
    await this.page.getByRole('link', { name: message(this.language, 'numbers.import') }).click();
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'intake.title') }),
    ).toBeVisible();
  }

  /** Clicks "Choose a file…"; the dialog picks the file staged before. Ends on the mapping step. */
  async choose(): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'intake.choose') }).click();
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'intake.mapping.title') }),
    ).toBeVisible();
  }

  /** The choice above a column of the first rows ("Column A"). */
  column(letter: string): Locator {
    return this.page.getByLabel(message(this.language, 'intake.mapping.column', { letter }), { exact: true });
  }

  hasHeader(): Locator {
    return this.page.getByLabel(message(this.language, 'intake.mapping.hasHeader'));
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'intake.check') }).click();
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'intake.report.title') }),
    ).toBeVisible();
  }

  /** A row of the report's table, by its row number in the file. */
  reportRow(row: number): Locator {
    return this.page.getByTestId('import-rows').locator(`tr[data-row="${row}"]`);
  }

  count(problem: string): Locator {
    return this.page.getByTestId('import-counts').locator(`li[data-problem="${problem}"]`);
  }

  /** The report's add button, whose name says how many numbers and whether in two requests. */
  async apply(count: number, split: boolean): Promise<void> {
    await this.page
      .getByRole('button', {
        name: message(this.language, 'intake.apply', { count, split: split ? 'yes' : 'no' }),
      })
      .click();
    await expect(this.page.getByTestId('import-done')).toBeVisible();
  }
}
