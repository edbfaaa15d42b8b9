// The window never navigates away from the app and never opens new windows. Links to an allowlisted
// https site (the carrier's) open in the dealer's browser; anything else is dropped.
import { shell, type WebContents } from 'electron';
import { isSameOrigin } from '../ipc/sender';
import { appOrigin } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

function openExternally(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isSameOrigin(url, appOrigin)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameOrigin(url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}
