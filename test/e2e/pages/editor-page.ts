// The draft editor, addressed by field paths (the same in both languages).
import { expect, type Locator, type Page } from '@playwright/test';
import type { MessageKey } from '../../../src-renderer/i18n/en-CA';
import { message, type Language } from '../support/messages';

export interface PortForm {
  customerName: string;
  accountNumber: string;
  streetNumber: string;
  streetName: string;
  city: string;
  province: string;
  postalCode: string;
  email: string;
  providerIndex?: number;
}

export class EditorPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  field(path: string): Locator {
    return this.page.locator(`[data-path="${path}"]`);
  }

  draftId(): string {
    const match = /#\/drafts\/([^/?]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a draft: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  async fill(form: PortForm): Promise<void> {
    await this.field('customer.name').fill(form.customerName);
    await this.field('customer.accountNumber').fill(form.accountNumber);
    await this.field('address.streetNumber').fill(form.streetNumber);
    await this.field('address.streetName').fill(form.streetName);
    await this.field('address.city').fill(form.city);
    // Chosen from the country's list, by its name in the dealer's language.
    await this.field('address.province').selectOption({
      label: message(this.language, `region.${form.province}` as MessageKey),
    });
    await this.field('address.postalCode').fill(form.postalCode);
    await this.field('contacts.email').fill(form.email);
    const provider = this.field('losingCarrier.providerId');
    await provider.selectOption({ index: (form.providerIndex ?? 0) + 1 });
  }

  /** The fieldset of a line or forward, by the number it holds as the dealer reads it. */
  row(kind: 'row.line' | 'row.forward', number: string): Locator {
    return this.page.getByRole('group', { name: message(this.language, kind, { number }), exact: true });
  }

  /** Types into a row's field by its label, as a dealer would. */
  async fillRow(row: Locator, fields: Partial<Record<MessageKey, string>>): Promise<void> {
    for (const [key, value] of Object.entries(fields)) {
      await row.getByRole('textbox', { name: message(this.language, key as MessageKey) }).fill(value);
    }
  }

  /** Sets a line's password through its control: Set, type, Save. */
  async setLinePassword(row: Locator, field: 'sipPassword' | 'webSelfCarePassword', password: string) {
    const control = row.locator(`[data-testid="line-password"][data-field="${field}"]`);
    const more = row.locator('details');
    if (!(await more.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await more.locator('summary').click();
    }
    await control
      .getByRole('button', { name: new RegExp(`^${message(this.language, 'password.set')}`) })
      .click();
    await control.locator('input[type="password"]').fill(password);
    await control.getByRole('button', { name: message(this.language, 'password.save') }).click();
    await expect(control.getByTestId('password-state')).toHaveText(
      message(this.language, 'password.stateSet'),
    );
    return control;
  }

  /** Pastes text into a number list as a dealer would (a paste, then the box tidies itself). */
  async pasteNumbers(text: string, path = 'numbers.toPort'): Promise<void> {
    const box = this.field(path);
    await box.click();
    await box.evaluate((element, value) => {
      const area = element as HTMLTextAreaElement;
      const data = new DataTransfer();
      data.setData('text/plain', value);
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }

  async expectNumberCount(count: number): Promise<void> {
    await expect(this.page.getByTestId('numbers.toPort-count')).toHaveText(
      message(this.language, 'numbers.count', { count }),
    );
  }

  /** Clicks the attach button of a slot; the harness's dialog picks the staged file. */
  async attach(slot: string, fileName: string): Promise<void> {
    await this.page.getByTestId(`attach-${slot}`).click();
    await expect(this.page.locator(`[data-slot="${slot}"] [data-testid="attachment-file"]`)).toContainText(
      fileName,
    );
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
    await expect(this.page.getByTestId('save-indicator')).toContainText(
      message(this.language, 'save.saved', { age: '' }).trim().replace(/,$/, ''),
    );
  }

  async openReview(): Promise<void> {
    await this.page.getByRole('link', { name: message(this.language, 'editor.review') }).click();
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'review.title') }),
    ).toBeVisible();
  }
}
