// "New port request": choosing the target.
import { expect, type Page } from '@playwright/test';

export class NewRequestPage {
  constructor(readonly page: Page) {}

  /** More DIDs on the SIP trunk whose option text contains `label`. */
  async onSipTrunk(label: string): Promise<void> {
    await this.page.locator('#mode-trunk').check();
    const select = this.page.locator('#new-trunk');
    const option = select.locator('option', { hasText: label });
    await select.selectOption({ label: (await option.textContent())?.trim() ?? label });
    await expect(this.page.getByTestId('kind-preview')).toBeVisible();
    await this.page.locator('form button[type="submit"]').click();
    await expect(this.page.locator('[data-path="customer.name"]')).toBeFocused();
  }

  /** A new service from the offering named `name` (as shown in the dealer's language). */
  async onOffering(name: string, parentIndex?: number): Promise<void> {
    await this.page.locator('#mode-service').check();
    await this.page.locator('#new-offering').selectOption({ label: name });
    if (parentIndex !== undefined)
      await this.page.locator('#new-parent').selectOption({ index: parentIndex + 1 });
    await expect(this.page.getByTestId('kind-preview')).toBeVisible();
    await this.page.locator('form button[type="submit"]').click();
    await expect(this.page.locator('[data-path="customer.name"]')).toBeFocused();
  }
}
