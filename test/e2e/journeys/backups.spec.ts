// Backups in Settings, from the screen only: the dealer makes a request and backs up from Settings (the
// list shows each backup's date, size and why it was made, the daily one made at start among them), works
// on (renames the request, makes another), then restores the backup: the confirmation names the backup
// and what it replaces, Cancel changes nothing, and after confirming the requests are as they were at the
// backup. Screenshots of the list and the confirmation at 1366×800 and 1024×700.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';

test('Settings lists the backups, and the dealer restores one after confirming', async ({
  page,
  app,
  portage,
  drafts,
  newRequest,
  editor,
  settings,
  language,
}) => {
  const kept = 'Dépanneur Tremblay';
  const renamed = 'Dépanneur Tremblay (fermé)';
  const later = 'Garage Lévesque';
  await app.open(portage);
  await app.refreshCarrierLists();

  await test.step('a request, then a backup made from Settings, listed with its date, size and why', async () => {
    await app.go('new');
    await newRequest.onSipTrunk('Ottawa');
    await editor.field('customer.name').fill(kept);
    await editor.pasteNumbers('613 555 0150');
    await editor.expectSaved();

    await app.go('settings');
    // The daily backup Portage made when it started.
    await expect(settings.backupRows()).toHaveCount(1);
    await expect(settings.backupRows().first()).toContainText(
      message(language, 'settings.backups.reason.daily'),
    );
    await settings.backUpNow();
    const newest = settings.backupRows().first();
    await expect(newest).toContainText(message(language, 'settings.backups.reason.manual'));
    await expect(newest).toContainText(/\d+([.,]\d)?\s?(kB|ko|MB|Mo)/);
    expect(await settings.backupDate(newest)).toMatch(/\d/);
  });

  await test.step('work goes on: the request renamed, another one made', async () => {
    await app.go('drafts');
    await drafts.rows().filter({ hasText: kept }).getByRole('link', { name: kept }).click();
    await editor.field('customer.name').fill(renamed);
    await editor.expectSaved();
    await app.go('new');
    await newRequest.onSipTrunk('Ottawa');
    await editor.field('customer.name').fill(later);
    await editor.pasteNumbers('613 555 0151');
    await editor.expectSaved();
    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(2);
  });

  await test.step('the restore asks first, naming the backup and what it replaces; Cancel changes nothing', async () => {
    await app.go('settings');
    await expect(settings.backupRows()).toHaveCount(2);
    await app.screenshotAtSizes('settings-backups');
    const newest = settings.backupRows().first();
    const date = await settings.backupDate(newest);
    const dialog = await settings.askToRestore(newest, 'manual');
    await expect(dialog).toContainText(message(language, 'settings.backups.confirm', { count: 2, date }));
    await app.screenshotAtSizes('settings-backups-confirm');
    await dialog.getByRole('button', { name: message(language, 'common.cancel') }).click();
    await expect(dialog).toBeHidden();
    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(2);
  });

  await test.step('confirmed: the requests are as they were at the backup, the replaced data kept aside', async () => {
    await app.go('settings');
    const newest = settings.backupRows().first();
    const date = await settings.backupDate(newest);
    const dialog = await settings.askToRestore(newest, 'manual');
    await dialog.getByRole('button', { name: message(language, 'settings.backups.confirmButton') }).click();
    await expect(settings.backupsMessage()).toContainText(
      message(language, 'settings.backups.restored', { date }),
    );
    await expect(settings.backupsMessage().locator('code')).toHaveText(
      /^set-aside[/\\]\d{8}T\d{9}Z-before-restore$/,
    );
    await app.screenshotAtSizes('settings-backups-restored');

    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(1);
    await expect(drafts.rows().first()).toContainText(kept);
    await expect(drafts.rows().first()).not.toContainText(renamed);
    await expect(page.getByText(later)).toHaveCount(0);
  });
});
