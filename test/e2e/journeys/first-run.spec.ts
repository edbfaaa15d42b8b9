// A new dealer's first minutes, from the screen alone: the empty list invites them to start a request
// with a button; the request opens on its first field without a wall of "Required."; "Finalize" with
// problems shows the list of problems (with its count), in the review and again in the editor the
// dealer is sent to, where it shortens as each one is fixed; the practice banner leads to the account.
// Then the words they read: a 24-hour clock in French, holidays and parent subscriptions in their
// language only, "Earlier versions…".
import { test, expect } from '../support/fixtures';
import { message, type Language } from '../support/messages';
import { translate } from '../../../src-main/shared/domain/messages';
import { practiceHolidays } from '../../../src-main/practice-carrier/reference-data';
import { holidayName } from '../../../src-main/shared/domain/holiday-names';
import { formatNumber } from '../../../src-main/shared/domain/numbers';
import { offeringName } from '../support/requests';

const required = (language: Language) => translate(language, 'validation.required');

test('the first request: invited from the empty list, opened quiet, its problems listed on Finalize', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
}) => {
  await app.openFromScreen(portage);
  await app.go('drafts');

  await test.step('the empty list invites the dealer to start, with a button', async () => {
    const invitation = page.getByTestId('first-run');
    await expect(invitation).toContainText(message(language, 'drafts.firstRun.title'));
    await invitation.getByRole('link', { name: message(language, 'drafts.firstRun.start') }).click();
    await expect(page.getByRole('heading', { name: message(language, 'new.title') })).toBeVisible();
    await app.screenshotAtSizes('first-run-new');
  });

  await test.step('the new request opens on its first field, with nothing marked required yet', async () => {
    await newRequest.onSipTrunk('Ottawa');
    await expect(page.getByText(required(language), { exact: true })).toHaveCount(0);
    await editor.field('customer.name').fill('Dépanneur Chez Lise');
    await editor.field('customer.accountNumber').focus();
    // Only a field the dealer has been in and left empty says so.
    await editor.field('address.streetNumber').focus();
    await expect(page.getByText(required(language), { exact: true })).toHaveCount(1);
    await editor.expectSaved();
    await app.screenshotAtSizes('first-run-editor');
  });

  let count = 0;
  await test.step('Finalize with problems: the list, with its count, in view', async () => {
    await editor.openReview();
    await page.getByRole('button', { name: message(language, 'review.finalize') }).click();
    const blocking = page.getByTestId('blocking');
    await expect(blocking).toContainText(message(language, 'review.blocked'));
    const problems = page.getByTestId('blocking-list').getByRole('link');
    count = await problems.count();
    expect(count).toBeGreaterThan(1);
    await expect(blocking).toContainText(message(language, 'review.blockedCount', { count }));
    await expect(page.getByTestId('blocking-list')).toBeInViewport();
    await expect(problems.first()).toBeFocused();
    await expect(page.getByTestId('finalized')).toHaveCount(0);
    await app.screenshotAtSizes('first-run-review-blocked');
  });

  await test.step('in the editor it was sent to, the same list, shortening as problems are fixed', async () => {
    // The first problem in the list (in the order the validation gives them) takes the dealer to it.
    const first = page.getByTestId('blocking-list').getByRole('link').first();
    const firstPath = (await first.getAttribute('data-issue-path')) ?? '';
    await first.click();
    await expect(editor.field(firstPath)).toBeFocused();
    const list = page.getByTestId('fix-list');
    await expect(list).toContainText(message(language, 'editor.toFix'));
    await expect(list).toContainText(message(language, 'review.blockedCount', { count }));
    await expect(list.getByRole('link')).toHaveCount(count);
    await app.screenshotAtSizes('first-run-editor-to-fix');

    await editor.field('customer.accountNumber').fill('88213');
    await expect(list).toContainText(message(language, 'review.blockedCount', { count: count - 1 }));
    await expect(list.getByRole('link')).toHaveCount(count - 1);
    // A problem in the list takes the dealer to its field, here in the editor.
    const street = list
      .getByRole('link')
      .filter({ hasText: message(language, 'field.address.streetNumber') });
    await street.first().click();
    await expect(editor.field('address.streetNumber')).toBeFocused();
  });
});

test('the practice banner leads to the account in Settings', async ({ page, app, portage, language }) => {
  await app.open(portage);
  await expect(page.getByTestId('practice-banner')).toHaveText(message(language, 'app.practiceMode'));
  await page.getByRole('link', { name: message(language, 'app.practiceSetUp') }).click();
  await expect(
    page.getByRole('heading', { name: message(language, 'settings.title'), level: 1 }),
  ).toBeVisible();
  await expect(page.getByLabel(message(language, 'settings.baseUrl'))).toBeFocused();
});

test('the words: parents by product, the clock and holidays in the dealer’s language, earlier versions', async ({
  page,
  app,
  portage,
  editor,
  language,
}) => {
  const fr = language === 'fr-CA';
  await app.openFromScreen(portage);

  await test.step('a parent subscription is named by its product, then its number', async () => {
    await app.go('new');
    await page.locator('#mode-service').check();
    await page
      .locator('#new-offering')
      .selectOption({ label: offeringName('generalChildProduct', language) });
    const parent = `${fr ? 'Poste PBX hébergé' : 'Hosted PBX seat'} — ${formatNumber('6135550100', language)}`;
    await expect(page.locator('#new-parent option').nth(1)).toHaveText(parent);
    await page.locator('#new-parent').selectOption({ label: parent });
    await page.locator('form button[type="submit"]').click();
    await expect(editor.field('target.parentSubscriptionId').locator('option:checked')).toHaveText(parent);
  });

  await test.step('the time of day on the clock the dealer reads', async () => {
    const time = editor.field('schedule.time');
    const afternoon = fr ? '14 h 30' : '2:30 p.m.';
    await time.selectOption({ label: afternoon });
    const labels = await time.locator('option').allTextContents();
    expect(labels).toContain(fr ? '23 h 45' : '11:45 p.m.');
    if (fr) expect(labels.join(' ')).not.toMatch(/a\.m\.|p\.m\.|AM|PM/);
  });

  await test.step('a holiday named in the dealer’s language only', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const holiday = practiceHolidays.find((candidate) => candidate.Date > today);
    expect(holiday, 'the practice carrier lists a holiday still to come').toBeDefined();
    await editor.field('schedule.date').fill(holiday?.Date ?? '');
    const note = page.getByTestId('holiday-note');
    const [french, english] = (holiday?.Name ?? '').split(' / ');
    await expect(note).toContainText(holidayName(holiday?.Name ?? '', language));
    await expect(note).not.toContainText((fr ? english : french) ?? '');
    await expect(page.locator('main')).not.toContainText(holiday?.Name ?? '');
  });

  await test.step('the review says the time and the parent the same way', async () => {
    await editor.expectSaved();
    await expect(page.getByRole('button', { name: message(language, 'editor.history') })).toHaveText(
      fr ? 'Versions précédentes…' : 'Earlier versions…',
    );
    await editor.openReview();
    await expect(page.locator('main')).toContainText(fr ? '14 h 30' : '2:30 p.m.');
    await expect(page.getByTestId('review-parent')).toHaveText(
      `${fr ? 'Poste PBX hébergé' : 'Hosted PBX seat'} — ${formatNumber('6135550100', language)}`,
    );
  });
});
