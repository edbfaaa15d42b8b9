// The page is killed mid-typing and nothing is lost: the dealer types a customer's name and a comment
// with no pause, and the page's renderer process is crashed (Chromium's own Page.crash: no unload, no
// last save) before the autosave's debounce has run. The same draft opened again in a new page, with the
// app still running, shows every character, then says it is saved. What brought it back is the editor's
// stash in the main process; the page's own storage holds nothing of it.
import { test, expect } from '../support/fixtures';
import { AppPage } from '../pages/app-page';
import { EditorPage } from '../pages/editor-page';

test('a page killed mid-typing comes back with every character', async ({
  context,
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
  const id = editor.draftId();
  await editor.expectSaved();

  const name = 'Quincaillerie Gagnon et fils';
  const comment = 'Appeler avant 9 h, demander Monique';
  await editor.field('customer.name').pressSequentially(name, { delay: 15 });
  await editor.field('comments.portTeam').pressSequentially(comment, { delay: 15 });
  // Killed at once: the autosave waits 400 ms after the last key, and a crashed page runs no handler.
  // Page.crash never answers (the page it would answer from is gone): wait for the crash itself.
  const devtools = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void devtools.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();

  const reopened = await context.newPage();
  const again = new AppPage(reopened, language);
  await again.open(portage, `#/drafts/${encodeURIComponent(id)}`);
  const editorAgain = new EditorPage(reopened, language);
  await expect(editorAgain.field('customer.name')).toHaveValue(name);
  await expect(editorAgain.field('comments.portTeam')).toHaveValue(comment);
  await editorAgain.expectSaved();
  expect(await reopened.evaluate(() => window.localStorage.length + window.sessionStorage.length)).toBe(0);
  await again.screenshotAtSizes('editor-after-crash');
});
