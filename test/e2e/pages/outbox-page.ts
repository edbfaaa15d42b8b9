// The outbox: requests waiting to be sent, why some wait for the dealer's choice, and the choices.
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class OutboxPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  items(): Locator {
    return this.page.getByTestId('outbox-item');
  }

  item(id: string): Locator {
    return this.page.locator(`[data-testid="outbox-item"][data-id="${id}"]`);
  }

  heldNotice(): Locator {
    return this.page.getByTestId('held-notice');
  }

  outcome(): Locator {
    return this.page.getByTestId('outbox-outcome');
  }

  async pullBack(id: string): Promise<void> {
    await this.item(id)
      .getByRole('button', { name: message(this.language, 'outbox.pullBack') })
      .click();
  }

  sent(id: string): Locator {
    return this.page.locator(`[data-testid="sent-item"][data-id="${id}"]`);
  }

  async expectEmpty(): Promise<void> {
    await expect(this.page.getByText(message(this.language, 'outbox.empty'))).toBeVisible({
      timeout: 30_000,
    });
  }
}
