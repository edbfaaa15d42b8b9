// Questions the app must ask before its window exists, as native dialogs in the dealer's system language
// (their own choice of language is in the database, which is not open yet).
import { app, dialog } from 'electron';
import { supportedLocale } from '../shared/domain/locale';
import { translateText } from '../shared/domain/messages';

/** This computer cannot truly protect the database key: keep it with weak protection (true), or quit. */
export async function askWeakKeyProtection(): Promise<boolean> {
  const locale = supportedLocale(app.getLocale());
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Portage',
    message: translateText(locale, 'startup.weakKey.message'),
    detail: translateText(locale, 'startup.weakKey.detail'),
    buttons: [
      translateText(locale, 'startup.weakKey.continue'),
      translateText(locale, 'startup.weakKey.quit'),
    ],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
