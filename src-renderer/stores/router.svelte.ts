// Hash routes (#/drafts, #/drafts/<id>?focus=customer.name, ...): they work the same from file:// in
// Electron and from the harness's http:// origin, and keep the back button meaningful.
export type Route =
  | { name: 'drafts' }
  | { name: 'archived' }
  | { name: 'trash' }
  | { name: 'new' }
  | { name: 'editor'; id: string; focus: string | null }
  | { name: 'review'; id: string }
  | { name: 'import'; id: string }
  | { name: 'outbox' }
  | { name: 'tracking'; id: string }
  /** `section: 'account'` opens Settings on the carrier account (from the practice banner). */
  | { name: 'settings'; section?: 'account' };

export function parseRoute(hash: string): Route {
  const [pathPart = '', queryPart = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- parsed once, never mutated
  const query = new URLSearchParams(queryPart);
  const [first, second, third] = parts;
  switch (first) {
    case 'archived':
      return { name: 'archived' };
    case 'trash':
      return { name: 'trash' };
    case 'new':
      return { name: 'new' };
    case 'outbox':
      return second ? { name: 'tracking', id: second } : { name: 'outbox' };
    case 'settings':
      return second === 'account' ? { name: 'settings', section: 'account' } : { name: 'settings' };
    case 'drafts':
      if (second && third === 'review') return { name: 'review', id: second };
      if (second && third === 'import') return { name: 'import', id: second };
      if (second) return { name: 'editor', id: second, focus: query.get('focus') };
      return { name: 'drafts' };
    default:
      return { name: 'drafts' };
  }
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'editor':
      return `#/drafts/${encodeURIComponent(route.id)}${route.focus ? `?focus=${encodeURIComponent(route.focus)}` : ''}`;
    case 'review':
      return `#/drafts/${encodeURIComponent(route.id)}/review`;
    case 'import':
      return `#/drafts/${encodeURIComponent(route.id)}/import`;
    case 'tracking':
      return `#/outbox/${encodeURIComponent(route.id)}`;
    case 'settings':
      return route.section ? `#/settings/${route.section}` : '#/settings';
    default:
      return `#/${route.name}`;
  }
}

class Router {
  route = $state<Route>({ name: 'drafts' });

  start(): () => void {
    const update = (): void => {
      this.route = parseRoute(window.location.hash);
    };
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }

  go(route: Route): void {
    const href = hrefFor(route);
    if (window.location.hash === href) this.route = parseRoute(href);
    else window.location.hash = href;
  }
}

export const router = new Router();
