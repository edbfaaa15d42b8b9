// Following a sent request: ticket, timeline, rejection.
import { expect, type Page } from '@playwright/test';
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
