// Settings: the carrier account (test, save after a test, remove after asking), and moving requests to
// another computer by file (export through the save dialog, import through the open dialog; the harness's
// dialogs save in memory and pick the staged file), and the backups.
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class SettingsPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  button(key: Parameters<typeof message>[1], params?: Record<string, string | number>): Locator {
    return this.page.getByRole('button', { name: message(this.language, key, params), exact: true });
  }

  /** "Refresh now" under the carrier lists: downloads them, and the card says they are up to date. */
  async refreshCarrierLists(): Promise<void> {
    await this.button('settings.refresh').click();
    await expect(
      this.page.getByText(message(this.language, 'settings.refreshed'), { exact: true }),
    ).toBeVisible();
  }

  /** Chooses the window's language from the "Language" list; the whole window follows at once. */
  async chooseLanguage(language: Language): Promise<void> {
    // Labelled in the language the window speaks now, which may not be the journey's yet.
    const now = (await this.page.locator('html').getAttribute('lang')) === 'fr-CA' ? 'fr-CA' : 'en-CA';
    await this.page.getByLabel(message(now, 'settings.language'), { exact: true }).selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async fillAccount(url: string, username: string, password: string): Promise<void> {
    await this.page.getByLabel(message(this.language, 'settings.baseUrl')).fill(url);
    await this.page.getByLabel(message(this.language, 'settings.username')).fill(username);
    await this.page.getByLabel(message(this.language, 'settings.password'), { exact: true }).fill(password);
  }

  /** What the account card says after the last thing tried. */
  accountMessage(): Locator {
    return this.page.getByTestId('account-message');
  }

  async expectMessage(key: Parameters<typeof message>[1], params?: Record<string, string | number>) {
    await expect(this.accountMessage()).toContainText(message(this.language, key, params));
  }

  /** Saves the typed account; the carrier accepts it, so it is saved after its test. */
  async saveTested(): Promise<void> {
    await this.button('settings.saveAccount').click();
    await this.expectMessage('settings.savedTested');
  }

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

  backupRows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  /** The line the backups card answers with. */
  backupsMessage(): Locator {
    return this.page.getByTestId('backups-message');
  }

  /** "Back up now", and the line saying it was made. */
  async backUpNow(): Promise<void> {
    // Counted once the list has loaded (its rows, or the line saying there are none).
    const none = this.page.getByTestId('backups').getByText(message(this.language, 'settings.backups.none'));
    await expect(none.or(this.backupRows().first())).toBeVisible();
    const before = await this.backupRows().count();
    await this.page
      .getByRole('button', { name: message(this.language, 'settings.backups.backUpNow') })
      .click();
    const made = message(this.language, 'settings.backups.made', { date: '\u0000' }).split('\u0000')[0] ?? '';
    await expect(this.backupsMessage()).toContainText(made);
    await expect(this.backupRows()).toHaveCount(before + 1);
  }

  /** The backup's row: its date as shown, and its restore button (named for that date). */
  async backupDate(row: Locator): Promise<string> {
    return ((await row.locator('strong').textContent()) ?? '').trim();
  }

  /** Clicks the restore button of the row (a backup made for `reason`); the confirmation opens. */
  async askToRestore(row: Locator, reason: 'daily' | 'migration' | 'manual'): Promise<Locator> {
    const name = message(this.language, 'settings.backups.restoreLabel', {
      date: await this.backupDate(row),
      reason: message(this.language, `settings.backups.reason.${reason}`),
    });
    await row.getByRole('button', { name }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
