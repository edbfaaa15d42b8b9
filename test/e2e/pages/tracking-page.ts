// Following a sent request: ticket, timeline, rejection, needs review, a ticket the carrier cannot find,
// and the disclosures ("Details", "Technical details") that hold the carrier's own words.
import { expect, type Locator, type Page } from '@playwright/test';
import { message, type Language } from '../support/messages';

export class TrackingPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  async open(draftId: string): Promise<void> {
    await this.page.evaluate((id) => (window.location.hash = `#/outbox/${encodeURIComponent(id)}`), draftId);
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'tracking.timeline') }),
    ).toBeVisible();
  }

  /** As a dealer gets there: Outbox, then the request in "Sent requests". */
  async openSent(name: string): Promise<void> {
    await this.page.locator('nav [data-nav="outbox"]').click();
    await this.page.getByTestId('sent-item').getByRole('link', { name }).click();
    await this.expectOpen();
  }

  /** As a dealer gets there: Outbox, then the request still waiting in the outbox. */
  async openFromOutbox(name: string): Promise<void> {
    await this.page.locator('nav [data-nav="outbox"]').click();
    await this.page.getByTestId('outbox-item').getByRole('link', { name }).click();
    await this.expectOpen();
  }

  async expectOpen(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: message(this.language, 'tracking.timeline') }),
    ).toBeVisible();
  }

  /** Opens a closed disclosure by its summary ("Details", "Technical details") and returns it. */
  async disclose(testId: string, summaryKey: 'reject.details' | 'technical.title'): Promise<Locator> {
    const disclosure = this.page.getByTestId(testId);
    await disclosure.getByText(message(this.language, summaryKey), { exact: true }).click();
    await expect(disclosure).toHaveAttribute('open', '');
    return disclosure;
  }

  /** What the dealer reads on the page with every disclosure closed as it is: the rendered text only. */
  async mainText(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  async expectTicket(): Promise<string> {
    const ticket = this.page.getByTestId('ticket');
    await expect(ticket).not.toHaveText(message(this.language, 'tracking.noTicket'), { timeout: 30_000 });
    return (await ticket.textContent())?.trim() ?? '';
  }

  async expectTimelineReaches(status: string): Promise<void> {
    await expect(this.page.locator(`[data-testid="timeline"] li[data-status="${status}"]`)).toBeVisible({
      timeout: 60_000,
    });
    await expect(this.page.locator(`[data-testid="timeline"] li[data-status="${status}"]`)).toContainText(
      message(this.language, `tracking.status.${status}` as Parameters<typeof message>[1]),
    );
  }

  async expectRejected(): Promise<void> {
    await expect(this.page.getByTestId('reject')).toBeVisible({ timeout: 60_000 });
    await expect(this.page.getByTestId('reject')).toContainText(message(this.language, 'tracking.rejected'));
  }

  async editCopy(): Promise<void> {
    await this.page.getByRole('button', { name: message(this.language, 'tracking.editCopy') }).click();
  }
}
