// Accessibility, checked rather than promised: every view the dealer uses passes axe's WCAG 2.0/2.1
// A and AA rules in this project's language; the main journey can be done with the keyboard alone,
// with a visible focus on every stop; and a field's error is tied to the field for screen readers.
import type { ElementHandle, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { auditViolations, fieldContrastProblems } from '../support/axe';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';
import { translate } from '../../../src-main/shared/domain/messages';
import type { PortForm } from '../pages/editor-page';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function portForm(customerName: string, city: string, province: string, postalCode: string): PortForm {
  return {
    customerName,
    accountNumber: '4471-2290',
    streetNumber: '1200',
    streetName: 'Main Street',
    city,
    province,
    postalCode,
    email: 'office@example.com',
  };
}

test('every view the dealer uses passes the WCAG 2.1 AA audit', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  drafts,
  tracking,
  language,
}) => {
  const found: string[] = [];
  async function audit(view: string): Promise<void> {
    const violations = [...(await auditViolations(page)), ...(await fieldContrastProblems(page))];
    if (violations.length > 0) found.push(`${view}:\n  ${violations.join('\n  ')}`);
  }

  await app.open(portage);
  await app.refreshCarrierLists();

  await test.step('new request, both ways of choosing the target', async () => {
    await app.go('new');
    await expect(page.getByRole('heading', { name: message(language, 'new.title'), level: 1 })).toBeVisible();
    await audit('new request');
    await page.locator('#mode-service').check();
    await page.locator('#new-offering').selectOption({ index: 1 });
    await expect(page.getByTestId('kind-preview')).toBeVisible();
    await audit('new request (new service)');
  });

  // A port the practice carrier rejects (its name holds "REJECT") and one it completes.
  const sent: Record<'rejected' | 'completed', string> = { rejected: '', completed: '' };
  for (const [outcome, name, trunk, city, province, postal, number] of [
    ['rejected', 'Garage REJECT Inc.', 'Toronto', 'Toronto', 'ON', 'M5H 1A1', '416 555 0142'],
    ['completed', 'Boulangerie Tremblay inc.', 'Ottawa', 'Ottawa', 'ON', 'K1Y 2Z8', '613 555 0123'],
  ] as const) {
    await test.step(`a complete draft, reviewed and sent (${outcome})`, async () => {
      await app.go('new');
      await newRequest.onSipTrunk(trunk);
      await editor.pasteNumbers(number);
      await editor.fill(portForm(name, city, province, postal));
      // A staged file answers one "choose a file" dialog.
      await portage.stageFile('loa.pdf', letterOfAuthorizationPdf());
      await editor.attach('letterOfAuthorization', 'loa.pdf');
      await editor.expectSaved();
      sent[outcome] = editor.draftId();
      if (outcome === 'completed') await audit('editor (complete)');
      await editor.openReview();
      if (outcome === 'completed') await audit('review (ready)');
      await review.finalize();
    });
  }

  await test.step('a DIDs draft with inline errors, then its review with blocking errors', async () => {
    await app.go('new');
    await newRequest.onSipTrunk('Ottawa');
    await editor.field('customer.name').fill('Dépanneur Chez Lise');
    await editor.pasteNumbers('613 555 0177\n555-01');
    await editor.field('address.postalCode').fill('ZZZ');
    await editor.field('contacts.email').fill('not an email');
    await editor.field('schedule.date').fill('next Monday');
    await editor.field('customer.accountNumber').focus();
    await expect(editor.field('contacts.email')).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.field('schedule.date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('numbers.toPort-rejected')).toBeVisible();
    await editor.expectSaved();
    await audit('editor (inline errors)');
    await page.getByRole('button', { name: message(language, 'editor.history') }).click();
    await expect(page.getByRole('heading', { name: message(language, 'editor.historyTitle') })).toBeVisible();
    await audit('editor (earlier versions open)');
    await page.getByRole('button', { name: message(language, 'editor.history') }).click();

    await editor.openReview();
    await page.getByRole('button', { name: message(language, 'review.finalize') }).click();
    await expect(page.getByTestId('blocking')).toContainText(message(language, 'review.blocked'));
    await audit('review (blocking errors)');
  });

  await test.step('drafts list with rows, and the delete confirmation', async () => {
    await app.go('drafts');
    await expect(drafts.rows()).toHaveCount(3);
    await audit('drafts');
    await drafts
      .rows()
      .filter({ hasText: 'Dépanneur Chez Lise' })
      .getByRole('button', { name: message(language, 'drafts.delete') })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit('delete confirmation');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: message(language, 'drafts.confirmDeleteYes') })
      .click();
    await expect(drafts.rows()).toHaveCount(2);
  });

  await test.step('outbox, and tracking of a rejected and a completed port', async () => {
    await app.go('outbox');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await audit('outbox');
    await tracking.open(sent.rejected);
    await tracking.expectRejected();
    await audit('tracking (rejected)');
    await tracking.open(sent.completed);
    await tracking.expectTimelineReaches('COMPLETED');
    await audit('tracking (completed)');
    // The sent draft opens read-only: fields on the read-only background, the date left empty.
    await page.getByRole('link', { name: message(language, 'drafts.open') }).click();
    await expect(page.getByText(message(language, 'editor.readOnly'))).toBeVisible();
    await audit('editor (read-only, sent)');
  });

  await test.step('settings, archived, trash', async () => {
    await app.go('settings');
    await expect(
      page.getByRole('heading', { name: message(language, 'settings.title'), level: 1 }),
    ).toBeVisible();
    await audit('settings');
    await app.go('archived');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await audit('archived');
    await app.go('trash');
    await expect(page.getByTestId('trash-row')).toHaveCount(1);
    await audit('trash');
  });

  await test.step('the offline banner', async () => {
    await portage.control('online', { online: false });
    await app.go('drafts');
    await expect(
      page.getByRole('status').filter({ hasText: message(language, 'offline.banner') }),
    ).toBeVisible();
    await audit('drafts (offline)');
  });

  await test.step('the audit does see a defect when there is one', async () => {
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.id = 'planted-defects';
      const input = document.createElement('input');
      const faint = document.createElement('p');
      faint.textContent = 'faint';
      // Through the CSSOM: a style attribute would be refused by the CSP.
      faint.style.color = '#b0b0b0';
      faint.style.background = '#ffffff';
      planted.append(input, faint);
      document.querySelector('main')?.append(planted);
    });
    const planted = (await auditViolations(page)).join('\n');
    expect(planted).toMatch(/^label \[critical\]/m);
    expect(planted).toMatch(/^color-contrast \[serious\]/m);
    expect(planted).toContain('#planted-defects');
    await page.evaluate(() => document.getElementById('planted-defects')?.remove());
  });

  expect(found, `WCAG A/AA violations:\n\n${found.join('\n\n')}`).toEqual([]);
});

/** What makes focus visible on an element: its outline and box shadow as computed now. */
async function indicatorOf(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    const outline =
      style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
        ? 'none'
        : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return `outline: ${outline}; box-shadow: ${style.boxShadow}`;
  });
}

/**
 * Presses `key` until the focused element satisfies `wanted` (at most `limit` presses). Every element
 * focused on the way must show a focus indicator that differs from its look once focus has moved on.
 */
async function keyUntil(
  page: Page,
  key: string,
  wanted: (element: ElementHandle<Element>) => Promise<boolean>,
  limit = 25,
): Promise<ElementHandle<Element>> {
  let previous: { element: ElementHandle<Element>; focused: string; name: string } | null = null;
  const visited: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(key);
    const element = (await page.evaluateHandle(() => document.activeElement)).asElement();
    if (!element) throw new Error(`${key}: nothing is focused`);
    const name = await element.evaluate(
      (node) =>
        `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} “${node.textContent?.trim() ?? ''}”`,
    );
    const focused = await indicatorOf(element);
    expect(focused, `focus indicator of ${name}`).not.toBe('outline: none; box-shadow: none');
    if (previous && (await previous.element.evaluate((node) => node.isConnected))) {
      const unfocused = await indicatorOf(previous.element);
      expect(unfocused, `${previous.name} looks the same focused and not`).not.toBe(previous.focused);
    }
    previous = { element, focused, name };
    visited.push(name);
    if (await wanted(element)) return element;
  }
  throw new Error(`${key} pressed ${limit} times without reaching the wanted control: ${visited.join(', ')}`);
}

test('a DIDs draft can be started and typed in with the keyboard alone, focus always visible', async ({
  page,
  app,
  portage,
  language,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  // The list has loaded (its count is shown) before the first key, as a dealer sees it.
  await expect(page.getByTestId('drafts-count')).not.toBeEmpty();
  await expect(page.getByTestId('draft-row')).toHaveCount(0);
  // Longer than the app's delay for moving lost focus into a new view (150 ms), so a focus move the app
  // would make by itself on opening has happened before the first key: a freshly opened window must keep
  // focus at the top of the page.
  await page.waitForTimeout(400);

  // From the top of the page: the first stop is "Skip to content", then the navigation to "New port request".
  const firstStop = await keyUntil(page, 'Tab', () => Promise.resolve(true));
  expect(await firstStop.evaluate((node) => node.className)).toContain('skip-link');
  await keyUntil(page, 'Tab', (element) =>
    element.evaluate((node) => node.getAttribute('data-nav') === 'new'),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: message(language, 'new.title'), level: 1 })).toBeVisible();

  // "On an existing SIP trunk" is the default choice; pick the first trunk with the arrow keys.
  await keyUntil(page, 'Tab', (element) => element.evaluate((node) => node.id === 'mode-trunk'));
  await expect(page.locator('#mode-trunk')).toBeChecked();
  await keyUntil(page, 'Tab', (element) => element.evaluate((node) => node.id === 'new-trunk'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('kind-preview')).toContainText(message(language, 'kind.sipTrunkDids'));
  await keyUntil(page, 'Tab', (element) =>
    element.evaluate((node) => node.getAttribute('type') === 'submit'),
  );
  await page.keyboard.press('Enter');

  // The editor opens on the customer's name, ready to type.
  const name = page.locator('[data-path="customer.name"]');
  await expect(name).toBeFocused();
  await page.keyboard.type('Quincaillerie Gagnon');
  await keyUntil(page, 'Tab', (element) =>
    element.evaluate((node) => node.getAttribute('data-path') === 'customer.accountNumber'),
  );
  await expect(name).toHaveValue('Quincaillerie Gagnon');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('save-indicator')).toContainText(
    message(language, 'save.saved', { age: '' }).trim().replace(/,$/, ''),
  );

  // Back up to "Review and finalize" and open it: the next Tabs go on into the review, past the list of
  // what blocks the draft, to "Finalize and queue" (not from the top of the window again).
  const reviewLink = message(language, 'editor.review');
  await keyUntil(page, 'Shift+Tab', (element) =>
    element.evaluate((node, name) => node.textContent?.trim() === name, reviewLink),
  );
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: message(language, 'review.title'), level: 1 }),
  ).toBeVisible();
  const finalize = message(language, 'review.finalize');
  await keyUntil(
    page,
    'Tab',
    (element) => element.evaluate((node, name) => node.textContent?.trim() === name, finalize),
    12,
  );
  // The draft is not complete: Space on "Finalize" lists what blocks it, focus on the first problem,
  // and Enter there opens the form on that field.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('blocking').getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('data-path', /.+/);
});

test('a field in error says so to assistive technology, and the error count is announced', async ({
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
  const email = editor.field('contacts.email');
  await email.fill('not an email');
  await editor.field('customer.name').focus();

  await expect(email).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
  expect(describedBy).not.toBe('');
  const descriptions = await Promise.all(
    describedBy.split(/\s+/).map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  const error = translate(language, 'validation.email', { input: 'not an email' });
  expect(descriptions.join(' ')).toContain(error);
  // Its accessible description is what a screen reader reads with the field.
  await expect(email).toHaveAccessibleDescription(error);

  // The typed date and the missing letter: the date field is marked invalid and the attach button,
  // where "Go to" on the review lands, carries the slot's problem as its description.
  const date = editor.field('schedule.date');
  await date.fill('next Monday');
  await editor.field('customer.name').focus();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(
    new RegExp(escapeRegExp(translate(language, 'validation.schedule.dateFormat'))),
  );
  await expect(editor.field('attachments.letterOfAuthorization')).toHaveAccessibleDescription(
    translate(language, 'validation.attachment.noLetterOfAuthorization'),
  );

  const summary = page.getByTestId('issue-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toContainText(/[1-9]/);
});

test('when a view replaces the control that had focus, focus moves into the new view', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  await editor.field('customer.name').fill('Quincaillerie Dubé');
  await editor.expectSaved();
  // "Review" lives in the editor, which the review view replaces: its button goes away with it.
  await editor.openReview();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
