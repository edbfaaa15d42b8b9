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
