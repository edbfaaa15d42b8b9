// Journey 4: a port the carrier rejects shows its reasons explained in the dealer's language, with the
// carrier's raw text under "Details" and nothing technical in the main text; "Edit a copy" opens the
// editor on the field at fault, focused, with the explained reason next to it.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';
import { message } from '../support/messages';
import { lsrFields } from '../../../src-main/shared/domain/lsr-fields';
import { rejectCodes } from '../../../src-main/shared/domain/reject-codes';

/** What the main text must never show: an HTTP method or path, a status line, an exception ID. */
const technical =
  /\b(GET|POST|PUT|DELETE)\b|\/v2\/|\bHTTP\b|\b[A-Z][a-z]+[A-Z][A-Za-z]*(Error|Exception|Request)\b/;

test('a rejected port explains why, and "Edit a copy" opens on the field at fault with the reason beside it', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  tracking,
  language,
}) => {
  // The practice carrier's losing carrier rejects an end-user name containing "REJECT" (6C, NAME).
  const reason = rejectCodes['6C']?.reason[language] ?? '';
  const advice = rejectCodes['6C']?.advice[language] ?? '';
  const field = lsrFields.NAME?.name[language] ?? '';
  const carrierWords = 'END USER NAME MISMATCH';

  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Toronto');
  await editor.pasteNumbers('416 555 0142');
  await editor.fill({
    customerName: 'Garage REJECT Inc.',
    accountNumber: '5512',
    streetNumber: '10',
    streetName: 'King Street West',
    city: 'Toronto',
    province: 'ON',
    postalCode: 'M5H 1A1',
    email: 'office@garage.example',
  });
  await portage.stageFile('loa.pdf', letterOfAuthorizationPdf());
  await editor.attach('letterOfAuthorization', 'loa.pdf');
  await editor.expectSaved();
  const id = editor.draftId();
  await editor.openReview();
  await review.finalize();

  await tracking.openSent('Garage REJECT Inc.');
  await tracking.expectRejected();
  const explained = page.getByTestId('reject-explained');
  await expect(explained).toContainText(field);
  await expect(explained).toContainText(reason);
  await expect(explained).toContainText(advice);

  // The main text is the dealer's language only: the carrier's words and the requests made stay closed.
  const main = await tracking.mainText();
  expect(main).toContain(reason);
  expect(main).not.toContain(carrierWords);
  expect(main).not.toMatch(technical);
  await app.screenshotAtSizes('tracking-rejected');

  // "Details" holds the carrier's raw text, as sent.
  const details = await tracking.disclose('reject-details', 'reject.details');
  await expect(details).toContainText(carrierWords);
  await expect(details).toContainText('6C');
  await expect(details).toContainText('NAME');
  // "Technical details" holds the request that was made.
  const technicalDetails = await tracking.disclose('technical-details', 'technical.title');
  await expect(technicalDetails).toContainText('POST /v2/NumberPorts/Inbound/DIDs');
  await app.screenshotAtSizes('tracking-rejected-details');

  await tracking.editCopy();
  await expect(editor.field('customer.name')).toBeFocused();
  await expect(editor.field('customer.name')).toHaveValue('Garage REJECT Inc.');
  expect(editor.draftId()).not.toBe(id);
  // Next to the field: the explained reason, in the dealer's language.
  const nameField = page.locator('.field', { has: editor.field('customer.name') });
  await expect(nameField).toContainText(message(language, 'editor.rejectedHere', { reason }));
  // At the top: the same reasons, the raw text under "Details" (closed until asked for).
  const notice = page.getByTestId('copied-rejection');
  await expect(notice).toContainText(reason);
  expect(await notice.innerText()).not.toContain(carrierWords);
  await notice.getByText(message(language, 'reject.details'), { exact: true }).click();
  expect(await notice.innerText()).toContain(carrierWords);
  await app.screenshotAtSizes('editor-copy');
});
