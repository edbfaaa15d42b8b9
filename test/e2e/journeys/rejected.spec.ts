// Journey 4: a port the carrier rejects shows its reasons; "Edit a copy" opens the editor on the field
// at fault, focused.
import { test, expect } from '../support/fixtures';
import { letterOfAuthorizationPdf } from '../support/harness';

test('a rejected port shows its reasons and "Edit a copy" focuses the field at fault', async ({
  page,
  app,
  portage,
  newRequest,
  editor,
  review,
  tracking,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Toronto');
  await editor.pasteNumbers('416 555 0142');
  // The practice carrier's losing carrier rejects an end-user name containing "REJECT".
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

  await tracking.open(id);
  await tracking.expectRejected();
  await expect(page.getByTestId('reject-details')).toContainText('NAME');
  await app.screenshot('tracking-rejected');

  await tracking.editCopy();
  await expect(editor.field('customer.name')).toBeFocused();
  await expect(editor.field('customer.name')).toHaveValue('Garage REJECT Inc.');
  expect(editor.draftId()).not.toBe(id);
  await app.screenshot('editor-copy');
});
