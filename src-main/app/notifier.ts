// Desktop notifications for port status changes. Whether to notify at all is the services' decision
// (the dealer's `notifications` setting); this only shows the message when the platform supports it.
import { Notification } from 'electron';
import type { Notifier } from '../ipc/ports';

export const electronNotifier: Notifier = {
  notify({ title, body }) {
    if (!Notification.isSupported()) return;
    new Notification({ title, body, silent: false }).show();
  },
};
