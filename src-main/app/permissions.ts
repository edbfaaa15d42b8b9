// Portage needs almost no browser permission (camera, notifications from the page, geolocation, ...):
// every request and every check is denied, but one. Desktop notifications come from the main process.
// The one allowed: writing text to the clipboard ("Copy diagnostics" puts the support text there from
// the window). Reading the clipboard stays denied.
import type { Session } from 'electron';

const allowed = new Set<string>(['clipboard-sanitized-write']);

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(allowed.has(permission)),
  );
  session.setPermissionCheckHandler((_webContents, permission) => allowed.has(permission));
  session.setDevicePermissionHandler(() => false);
}
