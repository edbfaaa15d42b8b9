// It looks finished: every view, in the project's language, at the two window sizes dealers have
// (1366×800 and 1024×700), passes the layout check (support/layout.ts: no text cut off or spilling out
// of its box unless a deliberate ellipsis shows it whole on hover, nothing scrolling sideways, a sticky
// header no taller than a fifth of the window). Each view is saved as a screenshot at both sizes
// (test/artifacts/screenshots/layout-*). The requests are written on the screen, as a dealer would.
// Layout problems are soft assertions: one run lists every view's before the test fails.
import { test, expect } from '../support/fixtures';
import { message } from '../support/messages';
import { finalizeOnTrunk, offeringName, startRequest, writeOnTrunk, type Screens } from '../support/requests';
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
  await page.locator('#new-offering').selectOption({
    label: offeringName('generalChildProduct', language),
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
});

test.describe('while the carrier takes its time', () => {
  // A status step of an hour: a request the carrier accepted stays "submitted" for the whole test.
  test.use({ statusStepMs: 3_600_000 });

  test('requests on their way fit: review ready, submitted, needs review, queued, waiting and held', async ({
    page,
    app,
    portage,
    newRequest,
    editor,
    review,
    tracking,
    settings,
    outbox,
    drafts,
    language,
  }) => {
    const screens: Screens = { app, portage, newRequest, editor, review, language };
    await app.openFromScreen(portage);

    await writeOnTrunk(screens, 'Boulangerie Tremblay inc.', '613 555 0141');
    await editor.openReview();
    await expect(page.getByTestId('blocking')).toHaveCount(0);
    await app.screenshotAtSizes('layout-review-ready');
    await review.finalize();
    await tracking.openSent('Boulangerie Tremblay inc.');
    await tracking.expectTicket();
    await tracking.expectTimelineReaches('SUBMITTED');
    await app.screenshotAtSizes('layout-tracking-submitted');

    // The carrier records the next port but its answer never arrives, and its lookups cannot settle it.
    await portage.control('practice/faults', { dropAfterRecord: 1, statusNotFound: true });
    await finalizeOnTrunk(screens, 'Quincaillerie Lavoie', '613 555 0188');
    await tracking.openFromOutbox('Quincaillerie Lavoie');
    await expect(page.getByTestId('needs-review')).toBeVisible({ timeout: 60_000 });
    await app.screenshotAtSizes('layout-tracking-needs-review');
    await portage.control('practice/faults', undefined, 'DELETE');

    // The carrier cannot be reached: the next request waits in the outbox.
    await portage.control('carrier/unreachable');
    await finalizeOnTrunk(
      screens,
      'Fleuriste Bergeron et fils, fleurs et plantes d’intérieur',
      '613 555 0151',
    );
    await tracking.openFromOutbox('Fleuriste Bergeron et fils, fleurs et plantes d’intérieur');
    await expect(page.getByTestId('not-sent')).toBeVisible();
    await app.screenshotAtSizes('layout-tracking-queued');

    // An account is set (saved without a test: the carrier cannot be reached): the practice request
    // waits for the dealer's choice, and a new one waits to be sent to the account.
    await app.go('settings');
    await settings.fillAccount('http://127.0.0.1:9/rest.svc', '4815', 'alpha-Pässwörd-1');
    await settings.button('settings.saveAccount').click();
    await settings.button('settings.saveAnyway').click();
    await settings.expectMessage('settings.savedUntested');
    await app.screenshotAtSizes('layout-settings-account');
    await finalizeOnTrunk(screens, 'Garage Lévesque', '613 555 0161');
    await app.go('outbox');
    await expect(outbox.heldNotice()).toBeVisible();
    await expect(outbox.items()).toHaveCount(3);
    await app.screenshotAtSizes('layout-outbox-waiting-held');

    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(4);
    await app.screenshotAtSizes('layout-drafts-on-their-way');
  });
});

test('requests the carrier settled fit: completed and rejected', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  tracking,
  language,
}) => {
  const screens: Screens = { app, portage, newRequest, editor, review, language };
  await app.openFromScreen(portage);
  await finalizeOnTrunk(screens, 'Boulangerie Tremblay inc.', '613 555 0123');
  // The practice carrier rejects a customer whose name says so.
  await finalizeOnTrunk(screens, 'Garage REJECT Inc.', '613 555 0142');

  await tracking.openSent('Boulangerie Tremblay inc.');
  await tracking.expectTimelineReaches('COMPLETED');
  await app.screenshotAtSizes('layout-tracking-completed');
  await tracking.openSent('Garage REJECT Inc.');
  await tracking.expectRejected();
  await app.screenshotAtSizes('layout-tracking-rejected');
  await app.go('outbox');
  await expect(page.getByTestId('sent-item')).toHaveCount(2);
  await app.screenshotAtSizes('layout-outbox-sent');
});
