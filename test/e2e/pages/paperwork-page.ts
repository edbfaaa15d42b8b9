// The editor's card for the document Portage prepares (letter of authorization or RespOrg authorization),
// and the dealer's name and new RespOrg in Settings: reached by their labels, in the journey's language.
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class PaperworkPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  /** Types the dealer's business and the new RespOrg into Settings (saved when the field is left). */
  async setUp(dealerName: string, newRespOrg: string): Promise<void> {
    await this.page.getByLabel(message(this.language, 'settings.dealerName')).fill(dealerName);
    await this.page.getByLabel(message(this.language, 'settings.newRespOrg')).fill(newRespOrg);
    await this.page.getByLabel(message(this.language, 'settings.dealerName')).press('Tab');
  }

  /** Opens the signing form, types the signer, draws a signature with the mouse and signs. */
  async signByDrawing(signer: { name: string; title: string }, again = false): Promise<void> {
    const card = this.page.getByTestId('paperwork');
    await card
      .getByRole('button', { name: message(this.language, again ? 'paperwork.signAgain' : 'paperwork.sign') })
      .click();
    await card.getByLabel(message(this.language, 'paperwork.signerName')).fill(signer.name);
    await card.getByLabel(message(this.language, 'paperwork.signerTitle')).fill(signer.title);
    const pad = card.getByTestId('signature-pad');
    const box = await pad.boundingBox();
    if (!box) throw new Error('the signature pad is not on screen');
    await this.page.mouse.move(box.x + 30, box.y + box.height * 0.7);
    await this.page.mouse.down();
    for (const [x, y] of [
      [0.2, 0.3],
      [0.35, 0.75],
      [0.5, 0.25],
      [0.7, 0.7],
      [0.85, 0.4],
    ] as const) {
      await this.page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 6 });
    }
    await this.page.mouse.up();
    await card.getByRole('button', { name: message(this.language, 'paperwork.signAndAttach') }).click();
  }

  get previewButton(): Locator {
    return this.page.getByTestId('paperwork').getByRole('button', {
      name: message(this.language, 'paperwork.preview'),
      exact: true,
    });
  }

  /** The preview dialog, found by its role and its title ("Letter of authorization — preview"). */
  previewDialog(document: 'letterOfAuthorization' | 'respOrgForm' = 'letterOfAuthorization'): Locator {
    return this.page.getByRole('dialog', {
      name: message(this.language, 'paperwork.preview.title', {
        title: message(this.language, `paperwork.title.${document}`),
      }),
    });
  }

  /** Chooses the document's language in the card's list ("French", "English" in the journey's language). */
  async chooseDocumentLanguage(locale: Language): Promise<void> {
    await this.page
      .getByTestId('paperwork')
      .getByLabel(message(this.language, 'paperwork.language'))
      .selectOption({ label: message(this.language, `paperwork.locale.${locale}`) });
  }

  /**
   * Opens the preview and waits for its pages: the number of pages drawn, once each has its caption
   * ("Page 1 of 2"), an image of that name that the browser decoded, and its text for screen readers.
   */
  async openPreview(): Promise<number> {
    await this.previewButton.click();
    const dialog = this.previewDialog();
    await expect(dialog).toBeVisible();
    const images = dialog.getByRole('img');
    await expect(images.first()).toBeVisible({ timeout: 30_000 });
    const count = await images.count();
    for (let page = 1; page <= count; page += 1) {
      const name = message(this.language, 'paperwork.preview.page', { page, count });
      await expect(dialog.getByText(name, { exact: true })).toBeVisible();
      const image = dialog.getByRole('img', { name, exact: true });
      await expect
        .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
    return count;
  }

  /** The text of every page of the open preview, as a screen reader reads it, spaces folded. */
  async previewText(): Promise<string> {
    const texts = await this.previewDialog().getByTestId('preview-page-text').allTextContents();
    return texts.join(' ').replace(/\s+/g, ' ');
  }

  async expectSignedBy(name: string): Promise<void> {
    await expect(this.page.getByTestId('paperwork-status')).toContainText(name);
  }
}
