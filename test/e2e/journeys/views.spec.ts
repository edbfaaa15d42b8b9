// Every remaining view, in this project's language, saved as a screenshot; and the offline banner.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';

test('the settings, archive, trash and offline views speak the dealer’s language', async ({
  page,
  app,
  portage,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('settings');
  await expect(
    page.getByRole('heading', { name: message(language, 'settings.title'), level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId('practice-banner')).toHaveText(message(language, 'app.practiceMode'));
  await app.screenshot('settings');
  await app.go('archived');
  await app.screenshot('archived');
  await app.go('trash');
  await expect(page.getByText(message(language, 'trash.empty'))).toBeVisible();
  await app.screenshot('trash');

  await portage.control('online', { online: false });
  await app.go('drafts');
  await expect(page.getByRole('status').filter({ hasText: message(language, 'offline.banner') })).toBeVisible(
    { timeout: 15_000 },
  );
  await app.screenshot('drafts-offline');
});

test('the built renderer has no inline script or style for the CSP to refuse', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dist = join(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<style[\s>]/);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).toContain("script-src 'self'; style-src 'self'");
  expect(readdirSync(join(dist, 'assets')).some((file) => file.endsWith('.css'))).toBe(true);
});

test('"Finalize and queue" is refused while anything blocks, with focus on the first error', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.field('customer.name').fill('Dépanneur Chez Lise');
  await editor.expectSaved();
  await editor.openReview();
  await page.getByRole('button', { name: message(language, 'review.finalize') }).click();

  const blocking = page.getByTestId('blocking');
  await expect(blocking).toContainText(message(language, 'review.blocked'));
  await expect(blocking.getByRole('link').first()).toBeFocused();
  await expect(page.getByTestId('finalized')).toHaveCount(0);
  await app.screenshot('review-blocked');

  // Following the first error opens the form on that field.
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('data-path', /.+/);
});

test('deleting asks first; the trash gives the draft back', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  drafts,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.field('customer.name').fill('Fleuriste Bergeron');
  await editor.expectSaved();
  const id = editor.draftId();

  await app.go('drafts');
  await drafts
    .row(id)
    .getByRole('button', { name: message(language, 'drafts.delete') })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Fleuriste Bergeron');
  await app.screenshot('drafts-confirm-delete');
  await dialog.getByRole('button', { name: message(language, 'common.cancel') }).click();
  await expect(drafts.row(id)).toBeVisible();

  await drafts
    .row(id)
    .getByRole('button', { name: message(language, 'drafts.delete') })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: message(language, 'drafts.confirmDeleteYes') })
    .click();
  await expect(drafts.row(id)).toHaveCount(0);

  await app.go('trash');
  const trashed = page.getByTestId('trash-row').filter({ hasText: 'Fleuriste Bergeron' });
  await expect(trashed).toBeVisible();
  await app.screenshot('trash-with-draft');
  await trashed.getByRole('button', { name: message(language, 'trash.restore') }).click();
  await expect(trashed).toHaveCount(0);
  await app.go('drafts');
  await expect(drafts.row(id)).toBeVisible();
});

test('a new service from an offering: the catalogue picks the form, child products offer their parents', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  const fr = language === 'fr-CA';
  await app.open(portage);
  await app.refreshCarrierLists();

  await app.go('new');
  await page.locator('#mode-service').check();
  await page.locator('#new-offering').selectOption({
    label: fr ? 'Numéro supplémentaire sur PBX hébergé' : 'Additional number on a hosted PBX',
  });
  await expect(page.locator('#new-parent option')).toHaveCount(3);
  await expect(page.getByTestId('kind-preview')).toContainText(message(language, 'kind.generalChildProduct'));
  await app.screenshot('new-service-child');

  await app.go('new');
  await newRequest.onOffering(fr ? 'Ligne d’affaires' : 'Business line');
  await expect(page.locator('main')).toContainText(message(language, 'kind.businessLine'));
  await editor.pasteNumbers('613 555 0177');
  await expect(editor.field('service.lines.0.planId')).toBeVisible();
  // Each line is a group named by its number; its fields are read with that name.
  const line = message(language, 'row.line', { number: fr ? '613 555-0177' : '(613) 555-0177' });
  await expect(page.getByRole('group', { name: line, exact: true })).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: `${message(language, 'field.row.planId')} ${line}`, exact: true }),
  ).toBeVisible();
  await editor.expectSaved();
  await app.screenshot('editor-business-line');
});
