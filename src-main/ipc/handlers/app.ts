import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

export function appHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'app.info' | 'settings.get' | 'settings.update'> {
  const settings = () => ({
    language: deps.store.settings.get('language'),
    notifications: deps.store.settings.get('notifications'),
    dealerName: deps.store.settings.get('dealerName'),
    newRespOrg: deps.store.settings.get('newRespOrg'),
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
    'settings.get': settings,
    'settings.update': (input) => {
      if (input.language !== undefined) deps.store.settings.set('language', input.language);
      if (input.notifications !== undefined) deps.store.settings.set('notifications', input.notifications);
      // Printed as typed (trimmed): the dealer's business as the customer's agent, the new RespOrg.
      if (input.dealerName !== undefined) deps.store.settings.set('dealerName', input.dealerName.trim());
      if (input.newRespOrg !== undefined) deps.store.settings.set('newRespOrg', input.newRespOrg.trim());
      if (input.language !== undefined) deps.onLocaleChanged?.(deps.locale());
      return settings();
    },
  };
}
