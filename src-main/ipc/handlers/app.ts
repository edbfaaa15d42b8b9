// The app's own channels: what the window shows about Portage, the dealer's settings, and the diagnostics
// text for support.
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

export function appHandlers(
  deps: HandlerDeps,
): Pick<
  Handlers,
  'app.info' | 'app.diagnostics' | 'settings.get' | 'settings.update' | 'settings.retentionPreview'
> {
  const settings = () => ({
    language: deps.store.settings.get('language'),
    notifications: deps.store.settings.get('notifications'),
    dealerName: deps.store.settings.get('dealerName'),
    newRespOrg: deps.store.settings.get('newRespOrg'),
    retention: deps.store.settings.get('retention'),
  });
  return {
    'app.info': () => ({
      version: deps.version,
      dataFolder: deps.dataFolder,
      practiceMode: deps.practiceMode(),
      locale: deps.locale(),
      systemLocale: deps.systemLocale,
      online: deps.online(),
    }),
    'app.diagnostics': async () => ({ text: await deps.diagnostics() }),
    'settings.get': settings,
    'settings.update': (input) => {
      if (input.language !== undefined) deps.store.settings.set('language', input.language);
      if (input.notifications !== undefined) deps.store.settings.set('notifications', input.notifications);
      // Printed as typed (trimmed): the dealer's business as the customer's agent, the new RespOrg.
      if (input.dealerName !== undefined) deps.store.settings.set('dealerName', input.dealerName.trim());
      if (input.newRespOrg !== undefined) deps.store.settings.set('newRespOrg', input.newRespOrg.trim());
      if (input.retention !== undefined) deps.store.settings.set('retention', input.retention);
      if (input.language !== undefined) deps.onLocaleChanged?.(deps.locale());
      // The dealer confirmed what the period purges now: it is done at once, not at the next housekeeping.
      if (input.retention !== undefined) deps.retention.purgeExpired();
      return settings();
    },
    'settings.retentionPreview': ({ period }) => ({ count: deps.retention.count(period) }),
  };
}
