// The app's own channels: what the window shows about Portage, the dealer's settings, and the diagnostics
// text for support.
import type { HandlerDeps } from './deps';
import type { Handlers } from '../register';

export function appHandlers(
  deps: HandlerDeps,
): Pick<Handlers, 'app.info' | 'app.diagnostics' | 'settings.get' | 'settings.update'> {
  const settings = () => ({
    language: deps.store.settings.get('language'),
    notifications: deps.store.settings.get('notifications'),
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
      if (input.language !== undefined) deps.onLocaleChanged?.(deps.locale());
      return settings();
    },
  };
}
