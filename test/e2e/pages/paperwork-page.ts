// The editor's card for the document Portage prepares (letter of authorization or RespOrg authorization),
// and the dealer's name and new RespOrg in Settings: reached by their labels, in the journey's language.
import { expect, type Page } from '@playwright/test';
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

  async expectSignedBy(name: string): Promise<void> {
    await expect(this.page.getByTestId('paperwork-status')).toContainText(name);
  }
}
