// Finished requests deleted after the time the dealer chose, from the screen: a request is sent and
// completed; three months pass (the harness's clock, a set-up control); in Settings the dealer picks
// "90 days after they finish". Portage says how many requests that deletes now and asks first; cancelled,
// nothing changes and the setting stays "Never"; confirmed, the request is gone from the lists and a
// search for its customer finds nothing. A request still being prepared is never touched.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';
import { followUntilCompleted, letterWith, prepareAndSend } from '../support/sent-request';

const day = 24 * 60 * 60 * 1000;

test('completed requests are deleted after the period chosen in Settings, once the dealer confirms', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  tracking,
  drafts,
  language,
}) => {
  const steps = { app, newRequest, editor, review, tracking, portage };
  const retention = page.getByLabel(message(language, 'settings.retention.label'));
  const period = message(language, 'settings.retention.period', { period: '90d' });

  await app.open(portage);
  await app.refreshCarrierLists();
  const finished = await prepareAndSend(steps, {
    customerName: 'Dépanneur Beaulieu',
    letter: { name: 'autorisation.pdf', content: letterWith('Autorisation Beaulieu') },
  });
  await followUntilCompleted(steps, finished);

  // A draft still being prepared: no period ever deletes it.
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.field('customer.name').fill('Fleuriste Lapointe');
  await editor.expectSaved();

  await portage.control('clock/advance', { ms: 91 * day });
  await app.go('settings');
  await expect(retention).toHaveValue('off');
  await app.screenshotAtSizes('settings-retention');

  await test.step('asked first, and cancelled: nothing changes', async () => {
    await retention.selectOption('90d');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(message(language, 'settings.retention.confirm', { count: 1, period }));
    await app.screenshotAtSizes('settings-retention-confirm');
    await dialog.getByRole('button', { name: message(language, 'common.cancel') }).click();
    await expect(dialog).toBeHidden();
    await expect(retention).toHaveValue('off');
    await app.go('drafts');
    await expect(drafts.row(finished)).toBeVisible();
  });

  await test.step('confirmed: the finished request is deleted, the draft in progress stays', async () => {
    await app.go('settings');
    await retention.selectOption('90d');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: message(language, 'settings.retention.confirmYes') })
      .click();
    await expect(page.getByTestId('retention-message')).toHaveText(
      message(language, 'settings.retention.deleted', { count: 1, period }),
    );
    await expect(retention).toHaveValue('90d');
    await app.screenshotAtSizes('settings-retention-saved');

    await app.go('drafts');
    await expect(drafts.row(finished)).toHaveCount(0);
    await drafts.search('Beaulieu');
    await expect(drafts.rows()).toHaveCount(0);
    await drafts.search('Lapointe');
    await expect(drafts.rows()).toHaveCount(1);
    await app.go('outbox');
    await expect(page.getByText('Dépanneur Beaulieu')).toHaveCount(0);
  });

  await test.step('the setting is kept: Settings shows it after a reload', async () => {
    await page.reload();
    await app.go('settings');
    await expect(retention).toHaveValue('90d');
  });
});
