// Settings: moving requests to another computer by file (export through the save dialog, import through
// the open dialog; the harness's dialogs save in memory and pick the staged file).
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class SettingsPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  /** The line the transfer buttons answer with. */
  transferMessage(): Locator {
    return this.page.getByTestId('transfer-message');
  }

  async exportAll(): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'settings.export') }).click();
    await expect(this.transferMessage()).toHaveText(message(this.language, 'settings.exported'));
  }

  /** Imports the staged file and expects the line saying what came in and what was already here. */
  async importFile(counts: { imported: number; updated: number; alreadyHere: number }): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'settings.import') }).click();
    await expect(this.transferMessage()).toHaveText(message(this.language, 'settings.imported', counts));
  }
}
