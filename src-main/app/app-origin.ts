// The app's own origin. Pages are served from `app://portage/...` (protocol.ts); IPC accepts calls only
// from frames on this origin (src-main/ipc/sender.ts).
export const appScheme = 'app';
export const appHost = 'portage';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
