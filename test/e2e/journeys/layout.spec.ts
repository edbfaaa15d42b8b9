// It looks finished: every view, in the project's language, at the two window sizes dealers have
// (1366×800 and 1024×700), passes the layout check (support/layout.ts: no text cut off or spilling out
// of its box unless a deliberate ellipsis shows it whole on hover, nothing scrolling sideways, a sticky
// header no taller than a quarter of the window). Each view is saved as a screenshot at both sizes
// (test/artifacts/screenshots/layout-*). The requests are written on the screen, as a dealer would.
// Layout problems are soft assertions: one run lists every view's before the test fails.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';
import { customer, startRequest, type Screens } from '../support/requests';
import type { DraftKind } from '../../../src-main/shared/domain/catalogue';

/** A name as long as real ones get, to see the editor's sticky header and the lists cope. */
const longName =
  'Clinique dentaire familiale des Laurentides et de la Rivière-du-Nord, succursale Saint-Jérôme inc.';

/** For each kind, the numbers its service section gets one row each for. */
const kinds: [DraftKind, string][] = [
  ['sipTrunkDids', '613 555 0101, 613 555 0102'],
  ['generalProduct', '613 555 0111'],
  ['generalChildProduct', '613 555 0121'],
  ['residentialLine', '613 555 0131, 613 555 0132'],
  ['businessLine', '613 555 0141, 613 555 0142'],
  ['permanentCallForward', '613 555 0151, 613 555 0152'],
  ['businessPermanentCallForward', '613 555 0161, 613 555 0162'],
  ['virtualFax', '613 555 0171'],
];

test('a new dealer’s views fit: empty list, settings, new request, each kind’s form, review, lists', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  drafts,
  language,
}) => {
  const screens: Screens = { app, portage, newRequest, editor, review, language };
  await app.open(portage);
  await expect(page.getByTestId('drafts-count')).toHaveText(message(language, 'drafts.count', { count: 0 }));
  await app.screenshotAtSizes('layout-drafts-empty');

  await app.openFromScreen(portage);
  await app.screenshotAtSizes('layout-settings');

  await app.go('new');
  await page.locator('#mode-trunk').check();
  await page.locator('#new-trunk').selectOption({ index: 1 });
  await expect(page.getByTestId('kind-preview')).toBeVisible();
  await app.screenshotAtSizes('layout-new-trunk');
  await page.locator('#mode-service').check();
  await page
    .locator('#new-offering')
    .selectOption({
      label: (await import('../support/requests')).offeringName('generalChildProduct', language),
    });
  await page.locator('#new-parent').selectOption({ index: 1 });
  await app.screenshotAtSizes('layout-new-service');

  for (const [kind, numbers] of kinds) {
    await startRequest(screens, kind);
    await editor.pasteNumbers(numbers);
    await editor.field('customer.name').fill(kind === 'businessLine' ? longName : `Client ${kind}`);
    await editor.expectSaved();
    await app.screenshotAtSizes(`layout-editor-${kind}`);
  }

  // The long name's request: its review, blocked (nothing else is filled in).
  await app.go('drafts');
  await drafts.rows().filter({ hasText: longName }).getByRole('link').first().click();
  await editor.openReview();
  await page.getByRole('button', { name: message(language, 'review.finalize') }).click();
  await expect(page.getByTestId('blocking')).toBeVisible();
  await app.screenshotAtSizes('layout-review-blocked');

  await app.go('drafts');
  await expect(drafts.rows()).toHaveCount(kinds.length);
  await app.screenshotAtSizes('layout-drafts');

  // One archived, one in the trash.
  const archived = drafts.rows().filter({ hasText: 'Client virtualFax' });
  await archived.getByRole('button', { name: message(language, 'drafts.archive') }).click();
  await app.go('archived');
  await expect(drafts.rows()).toHaveCount(1);
  await app.screenshotAtSizes('layout-archived');
  await app.go('drafts');
  await drafts
    .rows()
    .filter({ hasText: 'Client generalProduct' })
    .getByRole('button', { name: message(language, 'drafts.delete') })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: message(language, 'drafts.confirmDeleteYes') })
    .click();
  await app.go('trash');
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await app.screenshotAtSizes('layout-trash');
  void customer;
});
