// Review and finalize.
import { expect, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  async finalize(): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'review.finalize') }).click();
    await expect(this.page.getByTestId('finalized')).toHaveText(message(this.language, 'review.queued'));
  }
}
