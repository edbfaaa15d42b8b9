// Moving requests to another computer: on the first computer (a second harness, its own data folder and
// practice carrier) the dealer sends a request that completes and keeps a draft, then exports both from
// Settings; on this computer they import the file from Settings. The sent request arrives with its status,
// ticket and status history, read-only; the draft arrives editable; importing the same file again copies
// nothing and says so.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf, openHarness } from '../support/harness';
import { message } from '../support/messages';
import { AppPage } from '../pages/app-page';
import { EditorPage } from '../pages/editor-page';
import { NewRequestPage } from '../pages/new-request-page';
import { ReviewPage } from '../pages/review-page';
import { SettingsPage } from '../pages/settings-page';
import { TrackingPage } from '../pages/tracking-page';

test('requests exported on one computer and imported on another keep their status and history, never copied', async ({
  browser,
  page,
  app,
  portage,
  drafts,
  editor,
  settings,
  tracking,
  language,
}) => {
  const sent = 'Boulangerie Tremblay inc.';
  const kept = 'Fleuriste Bergeron';
  let file: { name: string; base64: string } | undefined;
  let ticket = '';

  const other = await openHarness({ dataDir: mkdtempSync(join(tmpdir(), 'portage-e2e-other-')) });
  // Its own browser context: the two harnesses' session cookies must not meet.
  const context = await browser.newContext({ viewport: page.viewportSize(), locale: language });
  try {
    const there = await context.newPage();
    const thereApp = new AppPage(there, language);
    const thereEditor = new EditorPage(there, language);
    const thereNew = new NewRequestPage(there);
    await thereApp.open(other);
    await thereApp.refreshCarrierLists();

    await test.step('the first computer: a request sent and completed, a draft, both exported', async () => {
      await thereApp.go('new');
      await thereNew.onSipTrunk('Ottawa');
      await thereEditor.pasteNumbers('613 555 0131\n613 555 0132');
      await thereEditor.fill({
        customerName: sent,
        accountNumber: '4471-2290',
        streetNumber: '1200',
        streetName: 'rue Wellington',
        city: 'Ottawa',
        province: 'ON',
        postalCode: 'K1Y 2Z8',
        email: 'commandes@tremblay.example',
      });
      await other.stageFile('loa.pdf', letterOfAuthorizationPdf());
      await thereEditor.attach('letterOfAuthorization', 'loa.pdf');
      await thereEditor.expectSaved();
      const id = thereEditor.draftId();
      await thereEditor.openReview();
      await new ReviewPage(there, language).finalize();
      const thereTracking = new TrackingPage(there, language);
      await thereTracking.open(id);
      ticket = await thereTracking.expectTicket();
      await thereTracking.expectTimelineReaches('COMPLETED');

      await thereApp.go('new');
      await thereNew.onSipTrunk('Ottawa');
      await thereEditor.field('customer.name').fill(kept);
      await thereEditor.pasteNumbers('613 555 0140');
      await thereEditor.expectSaved();

      await thereApp.go('settings');
      await new SettingsPage(there, language).exportAll();
      [file] = await other.control<{ name: string; base64: string }[]>('dialogs/saved', undefined, 'GET');
    });
  } finally {
    await context.close();
    await other.close();
  }
  if (!file) throw new Error('the first computer saved no file');
  const content = Buffer.from(file.base64, 'base64');

  await test.step('this computer: the import brings both, the sent one read-only with its history', async () => {
    await app.open(portage);
    await app.go('settings');
    await portage.stageFile(file?.name ?? 'export.portage.json', content);
    await settings.importFile({ imported: 2, updated: 0, alreadyHere: 0 });
    await app.screenshotAtSizes('settings-imported');

    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(2);
    const sentRow = drafts.rows().filter({ hasText: sent });
    await expect(sentRow.locator('[data-status]')).toHaveAttribute('data-status', 'completed');
    await expect(sentRow).toContainText(message(language, 'drafts.ticket', { ticket }));
    await expect(drafts.rows().filter({ hasText: kept }).locator('[data-status]')).toHaveAttribute(
      'data-status',
      'draft',
    );

    await sentRow.getByRole('link', { name: sent }).click();
    await expect(page.getByTestId('ticket')).toHaveText(ticket);
    await expect(page.getByTestId('imported-record')).toBeVisible();
    await tracking.expectTimelineReaches('SUBMITTED');
    await tracking.expectTimelineReaches('COMPLETED');
    await app.screenshotAtSizes('tracking-imported');
    await page.getByRole('link', { name: message(language, 'drafts.open') }).click();
    await expect(page.getByText(message(language, 'editor.readOnly'))).toBeVisible();
    await expect(editor.field('customer.name')).toHaveValue(sent);
    await expect(page.getByRole('link', { name: message(language, 'editor.review') })).toHaveCount(0);
  });

  await test.step('importing the same file again copies nothing, and says so', async () => {
    await app.go('settings');
    await portage.stageFile(file?.name ?? 'export.portage.json', content);
    await settings.importFile({ imported: 0, updated: 0, alreadyHere: 2 });
    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(2);
  });
});
