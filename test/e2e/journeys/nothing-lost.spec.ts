// Journey 5: closing the app mid-typing loses nothing — the page is closed while the dealer types, the
// harness is stopped and started again on the same data folder, and the text is there.
import { test, expect } from '../support/fixtures';
import { openHarness } from '../support/harness';
import { AppPage } from '../pages/app-page';
import { EditorPage } from '../pages/editor-page';

test('closing the window and restarting mid-typing keeps every character', async ({
  context,
  page,
  app,
  portage,
  newRequest,
  editor,
  language,
  dataDir,
}) => {
  await app.open(portage);
  await app.refreshCarrierLists();
  await app.go('new');
  await newRequest.onSipTrunk('Ottawa');
  const id = editor.draftId();

  const typed = 'Quincaillerie Gagnon et fils';
  await editor.field('customer.name').pressSequentially(typed, { delay: 15 });
  await editor.field('comments.portTeam').pressSequentially('Appeler avant 9 h', { delay: 15 });
  // Closed mid-typing: no pause for the autosave's debounce.
  await page.close({ runBeforeUnload: true });
  const port = new URL(portage.harness.origin).port;
  await portage.close();

  const again = await openHarness({ dataDir, port: Number(port) });
  try {
    const reopened = await context.newPage();
    const app2 = new AppPage(reopened, language);
    await app2.open(again, `#/drafts/${encodeURIComponent(id)}`);
    const editor2 = new EditorPage(reopened, language);
    await expect(editor2.field('customer.name')).toHaveValue(typed);
    await expect(editor2.field('comments.portTeam')).toHaveValue('Appeler avant 9 h');
    await editor2.expectSaved();
    await app2.screenshot('editor-reopened');
  } finally {
    await again.close();
  }
});
