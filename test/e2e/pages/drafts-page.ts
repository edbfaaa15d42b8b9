// The drafts list (home).
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class DraftsPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  rows(): Locator {
    return this.page.getByTestId('draft-row');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel(message(this.language, 'drafts.search')).fill(text);
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="draft-row"][data-id="${id}"]`);
  }

  async expectStatus(id: string, status: string): Promise<void> {
    await expect(this.row(id).locator('[data-status]')).toHaveAttribute('data-status', status, {
      timeout: 60_000,
    });
  }
}
