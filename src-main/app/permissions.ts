// Portage needs no browser permission (camera, notifications from the page, geolocation, ...):
// every request and every check is denied. Desktop notifications come from the main process.
import type { Session } from 'electron';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
