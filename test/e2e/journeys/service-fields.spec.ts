// Journeys 4 and 5: the kinds a new dealer could not finish. A residential line gets its account and
// plan and a SIP password that is never shown back; a permanent call forward gets its account, plan and
// destination. Both are finalized through the screen and reach the carrier with those values. The
// editor is looked at in the two window sizes dealers use (1366×800 and 1024×700).
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';
import type { AppPage } from '../pages/app-page';

const sizes = [
  { width: 1366, height: 800 },
  { width: 1024, height: 700 },
] as const;

/** Screenshots of the current view at each size (test/artifacts/screenshots/<name>-<size>.<lang>.png). */
async function screenshots(page: Page, app: AppPage, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await app.screenshot(`${name}-${size.width}x${size.height}`);
  }
}

/** Nothing in the page sticks out sideways (no control or text wider than the window). */
async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const sipPassword = 'Sip-Secret-4471!';

test('a residential line: account, plan and a SIP password that is never shown back', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  const fr = language === 'fr-CA';
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onOffering(fr ? 'Ligne résidentielle' : 'Residential line');

  await editor.fill({
    customerName: 'Marie Gagnon',
    accountNumber: '88-2231',
    streetNumber: '85',
    streetName: 'rue Principale',
    city: 'Gatineau',
    province: 'QC',
    postalCode: 'J8Y 3B5',
    email: 'marie.gagnon@example.ca',
  });
  await editor.pasteNumbers('819 555 0142');
  const line = editor.row('row.line', fr ? '819 555-0142' : '(819) 555-0142');
  await expect(line).toBeVisible();
  await editor.fillRow(line, { 'field.row.account': '100200', 'field.row.planId': 'RES-BASIC' });
  const control = await editor.setLinePassword(line, 'sipPassword', sipPassword);
  await expect(page.locator('body')).not.toContainText(sipPassword);
  await portage.stageFile('autorisation.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'autorisation.pdf');
  await editor.expectSaved();
  await screenshots(page, app, 'editor-residential-line');
  await expectNoOverflow(page);

  // Opened again, the form says the password is set, and nothing shows it.
  await page.reload();
  await expect(control.getByTestId('password-state')).toHaveText(message(language, 'password.stateSet'));
  expect(await page.content()).not.toContain(sipPassword);
  await expect(line.getByRole('textbox', { name: message(language, 'field.row.account') })).toHaveValue(
    '100200',
  );

  await editor.openReview();
  await expect(page.getByTestId('blocking')).toHaveCount(0);
  await screenshots(page, app, 'review-residential-line');
  await expectNoOverflow(page);
  await review.finalize();

  await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
  const [port] = await portage.receivedPorts();
  expect(port?.path).toBe('/v2/NumberPorts/Inbound/ResidentialLines');
  const body = port?.body as { Lines: Record<string, unknown>[] };
  expect(body.Lines[0]).toMatchObject({
    Account: 100200,
    PlanID: 'RES-BASIC',
    SipPassword: sipPassword,
    Number: { Number: 8195550142 },
  });
});

test('a permanent call forward: account, plan and destination for each number', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  language,
}) => {
  const fr = language === 'fr-CA';
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onOffering(fr ? 'Renvoi d’appel permanent' : 'Permanent call forward');

  await editor.fill({
    customerName: 'Garage Lévesque',
    accountNumber: '5512',
    streetNumber: '12',
    streetName: 'boulevard Taché',
    city: 'Montmagny',
    province: 'QC',
    postalCode: 'G5V 3R8',
    email: 'garage@example.ca',
  });
  await editor.pasteNumbers('418 555 0110, 418 555 0111');
  for (const [number, to] of [
    ['418 555-0110', '418 555 0190'],
    ['418 555-0111', '418 555 0191'],
  ] as const) {
    const forward = editor.row('row.forward', fr ? number : `(${number.slice(0, 3)}) ${number.slice(4)}`);
    await editor.fillRow(forward, {
      'field.forward.callForwardingNumber': to,
      'field.row.account': '500600',
      'field.row.planId': 'PCF',
    });
  }
  await portage.stageFile('autorisation.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'autorisation.pdf');
  await editor.expectSaved();
  await screenshots(page, app, 'editor-call-forward');
  await expectNoOverflow(page);

  await editor.openReview();
  await expect(page.getByTestId('blocking')).toHaveCount(0);
  await review.finalize();
  await expect.poll(async () => (await portage.receivedPorts()).length, { timeout: 60_000 }).toBe(1);
  const [port] = await portage.receivedPorts();
  expect(port?.path).toBe('/v2/NumberPorts/Inbound/PermanentCallForwards');
  const body = port?.body as { Forwards: Record<string, unknown>[] };
  expect(
    body.Forwards.map((forward) => [forward.Account, forward.PlanID, forward.CallForwardingNumber]),
  ).toEqual([
    [500600, 'PCF', 4185550190],
    [500600, 'PCF', 4185550191],
  ]);
});

test('the review names what is missing and leads to it', async ({
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
  await newRequest.onOffering(fr ? 'Ligne d’affaires' : 'Business line');
  await editor.pasteNumbers('613 555 0177');
  await editor.field('customer.name').fill('Cabinet Roy');
  await editor.expectSaved();
  await editor.openReview();
  await page.getByRole('button', { name: message(language, 'review.finalize') }).click();

  const rowName = message(language, 'row.line', { number: fr ? '613 555-0177' : '(613) 555-0177' });
  const link = page.getByTestId('blocking-list').getByRole('link', {
    name: new RegExp(
      `${rowName.replace(/[()]/g, '\\$&')} › ${message(language, 'field.line.businessGroupId')}`,
    ),
  });
  await expect(link).toBeVisible();
  await screenshots(page, app, 'review-named-problems');
  await expectNoOverflow(page);
  await link.click();
  await expect(page.locator(':focus')).toHaveAttribute('data-path', 'service.lines.0.businessGroupId');
});
