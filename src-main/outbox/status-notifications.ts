// Desktop notifications when a port's status changes, if the dealer wants them. The setting is read at the
// moment of the change, so turning notifications off in Settings applies at once.
import { translateText, type Locale } from '../shared/domain/messages';
import type { PortStatusChange } from '../shared/domain/outbox-views';

/** A desktop notification, shown by the platform (Electron's Notification; nothing in the harness). */
export interface Notifier {
  notify(message: { title: string; body: string }): void;
}

export interface StatusNotificationOptions {
  notifier: Notifier;
  /** The dealer's setting, read on every change. */
  enabled: () => boolean;
  locale: () => Locale;
}

/** Returns the listener to give the tracker's port-status changes. */
export function statusNotifications(options: StatusNotificationOptions): (change: PortStatusChange) => void {
  return (change) => {
    if (!options.enabled()) return;
    options.notifier.notify({
      title: 'Portage',
      body: translateText(options.locale(), 'notify.portStatus', {
        title: change.title,
        status: change.status,
      }),
    });
  };
}
