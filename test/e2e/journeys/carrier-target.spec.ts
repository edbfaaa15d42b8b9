// Where requests go, from the screen alone: the practice banner follows the account as it is saved and
// removed; saving tests the account first (and offers to save one that fails); removing asks first;
// requests queued for one account wait when the account changes, the outbox says why, and they go to the
// new account when the dealer says so; a queued request is pulled back to a draft from its own view and
// from the outbox and edited; one the outbox is already sending cannot be. Practice requests are marked
// practice in the drafts list, the outbox, tracking and the export.
// Two practice carriers started by the test play the dealer's ThinkTel accounts; what each one (and the
// app's own practice carrier) received is how the journeys check where requests went.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { startAccountCarrier, type AccountCarrier } from '../support/account-carrier';
import { letterOfAuthorizationPdf, type HarnessHandle } from '../support/harness';
import { message, type Language } from '../support/messages';
import { translate } from '../../../src-main/shared/domain/messages';
import type { AppPage } from '../pages/app-page';
import type { EditorPage } from '../pages/editor-page';
import type { NewRequestPage } from '../pages/new-request-page';
import type { ReviewPage } from '../pages/review-page';

const carriers: AccountCarrier[] = [];
test.afterEach(async () => {
  for (const account of carriers.splice(0)) await account.close();
});

async function account(username: string, password: string): Promise<AccountCarrier> {
  const started = await startAccountCarrier(username, password);
  carriers.push(started);
  return started;
}

interface Screens {
  app: AppPage;
  portage: HarnessHandle;
  newRequest: NewRequestPage;
  editor: EditorPage;
  review: ReviewPage;
}

/** A complete request for more numbers on the Ottawa trunk, written and finalized on the screen. */
async function finalizeNew(screens: Screens, customerName: string, number: string): Promise<string> {
  const { app, portage, newRequest, editor, review } = screens;
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.pasteNumbers(number);
  await editor.fill({
    customerName,
    accountNumber: '4471-2290',
    streetNumber: '1200',
    streetName: 'rue Wellington',
    city: 'Ottawa',
    province: 'ON',
    postalCode: 'K1Y 2Z8',
    email: 'commandes@example.com',
  });
  await portage.stageFile('loa.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'loa.pdf');
  await editor.expectSaved();
  const id = editor.draftId();
  await editor.openReview();
  await review.finalize();
  return id;
}

function banner(page: Page) {
  return page.getByTestId('practice-banner');
}

/** The account in the words the outbox uses: "to account 9042". */
const toAccount = (language: Language, username: string) =>
  message(language, 'target.account.to', { username });

test('the banner follows the account; saving tests it first; removing asks first', async ({
  page,
  app,
  portage,
  settings,
  language,
}) => {
  const thinktel = await account('9042', 'bravo-Pässwörd-2');
  await app.open(portage);
  await expect(banner(page)).toHaveText(message(language, 'app.practiceMode'));
  await app.go('settings');

  await test.step('a wrong password: the test says so before anything is saved', async () => {
    await settings.fillAccount(thinktel.url, thinktel.username, 'not-the-password');
    await settings.button('settings.testAccount').click();
    await settings.expectMessage('settings.test.wrongCredentials');
    await expect(page.getByText(message(language, 'settings.accountNone'))).toBeVisible();

    // Saving tests first, and offers to save anyway; the dealer cancels: nothing is saved.
    await settings.button('settings.saveAccount').click();
    await settings.expectMessage('settings.testFailedSave', {
      result: message(language, 'settings.test.wrongCredentials'),
    });
    await app.screenshotAtSizes('settings-save-untested');
    await settings
      .accountMessage()
      .getByRole('button', { name: message(language, 'common.cancel') })
      .click();
    await expect(settings.button('settings.saveAnyway')).toHaveCount(0);
    await expect(page.getByText(message(language, 'settings.accountNone'))).toBeVisible();
    await expect(banner(page)).toBeVisible();
  });

  await test.step('the right password: tested with the values typed, then saved; the banner goes', async () => {
    await settings.fillAccount(thinktel.url, thinktel.username, thinktel.password);
    await settings.button('settings.testAccount').click();
    await settings.expectMessage('settings.test.ok');
    await expect(page.getByText(message(language, 'settings.accountNone'))).toBeVisible();
    await settings.saveTested();
    await expect(banner(page)).toHaveCount(0);
    await expect(
      page.getByText(message(language, 'settings.accountStored', { storage: 'encrypted' })),
    ).toBeVisible();
    await app.screenshotAtSizes('settings-account');
    // The banner stays gone on every view, without a reload.
    await app.go('drafts');
    await expect(banner(page)).toHaveCount(0);
    await app.go('settings');
  });

  await test.step('removing asks first; removed, the banner is back at once', async () => {
    await settings.button('settings.removeAccount').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(message(language, 'settings.confirmRemove', { username: '9042' }));
    await app.screenshotAtSizes('settings-confirm-remove');
    await dialog.getByRole('button', { name: message(language, 'common.cancel') }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(banner(page)).toHaveCount(0);
    await expect(settings.button('settings.removeAccount')).toBeEnabled();

    await settings.button('settings.removeAccount').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: message(language, 'settings.confirmRemoveYes') })
      .click();
    await settings.expectMessage('settings.removed');
    await expect(banner(page)).toHaveText(message(language, 'app.practiceMode'));
    await expect(page.getByText(message(language, 'settings.accountNone'))).toBeVisible();
  });
  expect(await thinktel.ports()).toHaveLength(0);
});

test('requests queued for one account wait when it changes, and go to the new one when the dealer says so', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  settings,
  outbox,
  language,
}) => {
  const first = await account('4815', 'alpha-Pässwörd-1');
  const second = await account('9042', 'bravo-Pässwörd-2');
  const screens = { app, portage, newRequest, editor, review };
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('settings');
  await settings.fillAccount(first.url, first.username, first.password);
  await settings.saveTested();

  // At the carrier, the account's password changes: it refuses every request from now on.
  await first.setFaults({ unauthorized: true });
  const ids = [
    await finalizeNew(screens, 'Boulangerie Tremblay inc.', '613 555 0141'),
    await finalizeNew(screens, 'Quincaillerie Gagnon', '613 555 0142'),
  ];
  await app.go('outbox');
  await expect(page.getByText(message(language, 'outbox.paused'))).toBeVisible();
  await expect(outbox.items()).toHaveCount(2);
  await expect(outbox.heldNotice()).toHaveCount(0);

  await test.step('the account changes: the requests wait, and the outbox says why', async () => {
    await app.go('settings');
    await settings.fillAccount(second.url, second.username, second.password);
    await settings.saveTested();
    await expect(page.getByTestId('held-requests')).toContainText(
      message(language, 'settings.heldRequests', { count: 2 }),
    );
    await page.getByRole('link', { name: message(language, 'settings.openOutbox') }).click();

    await expect(outbox.heldNotice()).toContainText(message(language, 'outbox.heldTitle', { count: 2 }));
    await expect(outbox.heldNotice()).toContainText(
      message(language, 'outbox.heldExplain', { to: toAccount(language, '9042') }),
    );
    for (const id of ids) {
      await expect(outbox.item(id)).toHaveAttribute('data-held', 'true');
      await expect(outbox.item(id).getByTestId('held-reason')).toHaveText(
        message(language, 'outbox.heldItem', {
          for: message(language, 'target.account.for', {
            username: '4815',
            host: new URL(first.url).host,
          }),
          to: toAccount(language, '9042'),
        }),
      );
    }
    await app.screenshotAtSizes('outbox-waiting');
    // Nothing went anywhere on its own: not to the new account, not to the practice carrier.
    expect(await second.ports()).toHaveLength(0);
    expect(await first.ports()).toHaveLength(0);
    expect(await portage.receivedPorts()).toHaveLength(0);
  });

  await test.step('the dealer sends them to the new account', async () => {
    await outbox
      .heldNotice()
      .getByRole('button', {
        name: message(language, 'outbox.sendAllToCurrent', { to: toAccount(language, '9042') }),
      })
      .click();
    await expect(outbox.outcome()).toContainText(
      message(language, 'outbox.moved', { moved: 2, refused: 0, to: toAccount(language, '9042') }),
    );
    await outbox.expectEmpty();
    for (const id of ids) {
      await expect(outbox.sent(id)).toContainText(message(language, 'drafts.ticket', { ticket: '' }).trim());
      await expect(outbox.sent(id).getByTestId('practice-badge')).toHaveCount(0);
    }
    await app.screenshotAtSizes('outbox-sent-to-new-account');
    expect(await second.ports()).toHaveLength(2);
    expect(await first.ports()).toHaveLength(0);
    expect(await portage.receivedPorts()).toHaveLength(0);
  });
});

test('a queued request is pulled back and edited; one already being sent is not', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  drafts,
  outbox,
  language,
}) => {
  const screens = { app, portage, newRequest, editor, review };
  await app.open(portage);
  await app.refreshCarrierLists();
  // The carrier cannot be reached: finalized requests stay in the outbox.
  await portage.control('carrier/unreachable');
  const id = await finalizeNew(screens, 'Fleuriste Bergeron', '613 555 0151');

  await test.step('from its own view: back to an editable draft with everything it had', async () => {
    await app.go('drafts');
    await drafts.expectStatus(id, 'queued');
    await expect(drafts.row(id).getByTestId('practice-badge')).toHaveText(
      message(language, 'practice.badge'),
    );
    await app.screenshotAtSizes('drafts-practice');
    await drafts.row(id).getByRole('link').first().click();
    await expect(page.getByTestId('not-sent')).toContainText(message(language, 'tracking.notSentYet'));
    await expect(page.getByTestId('practice-note')).toHaveText(message(language, 'tracking.practiceNote'));
    await expect(page.getByTestId('destination')).toHaveText(message(language, 'target.practice.name'));
    await app.screenshotAtSizes('tracking-queued');
    await page
      .getByTestId('not-sent')
      .getByRole('button', { name: message(language, 'outbox.pullBack') })
      .click();

    await expect(editor.field('customer.name')).toHaveValue('Fleuriste Bergeron');
    await expect(editor.field('customer.name')).toBeEditable();
    await expect(page.locator('[data-slot="letterOfAuthorization"]')).toContainText('loa.pdf');
    await editor.field('customer.name').fill('Fleuriste Bergeron et fils');
    await editor.expectSaved();
    await app.go('drafts');
    await drafts.expectStatus(id, 'draft');
    await expect(drafts.row(id)).toContainText('Fleuriste Bergeron et fils');
    await expect(drafts.row(id).getByTestId('practice-badge')).toHaveCount(0);
  });

  await test.step('finalized again, then pulled back from the outbox', async () => {
    await drafts.row(id).getByRole('link').first().click();
    await editor.openReview();
    await review.finalize();
    await app.go('outbox');
    await expect(outbox.item(id)).toContainText('Fleuriste Bergeron et fils');
    await expect(outbox.item(id).getByTestId('outbox-destination')).toHaveText(
      message(language, 'outbox.destination', { target: message(language, 'target.practice.name') }),
    );
    await outbox.pullBack(id);
    await expect(outbox.outcome()).toContainText(
      message(language, 'outbox.pulledBack', { title: 'Fleuriste Bergeron et fils' }),
    );
    await outbox.expectEmpty();
    await outbox
      .outcome()
      .getByRole('link', { name: message(language, 'outbox.openDraft') })
      .click();
    await expect(editor.field('customer.name')).toBeEditable();
    await expect(editor.field('customer.name')).toHaveValue('Fleuriste Bergeron et fils');
  });

  await test.step('while it is being sent, pulling back is refused and nothing changes', async () => {
    await portage.control('carrier/reachable');
    // The carrier answers slowly: the request is on its way for a while.
    await portage.control('practice/faults', { latencyMs: 8_000 });
    await editor.openReview();
    await review.finalize();
    await app.go('outbox');
    await expect(outbox.item(id)).toHaveAttribute('data-state', 'sending');
    await outbox.pullBack(id);
    await expect(outbox.item(id).getByRole('alert')).toHaveText(translate(language, 'error.sendingStarted'));
    await app.screenshotAtSizes('outbox-pull-back-refused');
    await portage.control('practice/faults', undefined, 'DELETE');
    // It goes on: sent, with its ticket, marked practice.
    await expect(outbox.sent(id)).toBeVisible({ timeout: 30_000 });
    await expect(outbox.sent(id).getByTestId('practice-badge')).toHaveText(
      message(language, 'practice.badge'),
    );
    expect((await portage.receivedPorts()).length).toBe(1);
  });

  await test.step('the export marks it as practice', async () => {
    await app.go('settings');
    await page.getByRole('button', { name: message(language, 'settings.export') }).click();
    await expect(page.getByText(message(language, 'settings.exported'))).toBeVisible();
    const saved = await portage.control<{ base64: string }[]>('dialogs/saved', undefined, 'GET');
    const bundle = JSON.parse(Buffer.from(saved.at(-1)?.base64 ?? '', 'base64').toString('utf8')) as {
      drafts: { data: { customer?: { name?: string } }; practice?: boolean }[];
    };
    const exported = bundle.drafts.find(
      (draft) => draft.data.customer?.name === 'Fleuriste Bergeron et fils',
    );
    expect(exported?.practice).toBe(true);
  });
});
