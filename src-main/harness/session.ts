// The harness's session token: a request proves it by a header (x-portage-token or Bearer), the
// HttpOnly cookie set when the page was opened with ?token=, or that query parameter itself.
import type { IncomingMessage } from 'node:http';

const cookieName = 'portage_harness';

/** The Set-Cookie value that keeps the token for the page's later requests. */
export function sessionCookie(token: string): string {
  return `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The token a request carries, wherever it carries it. */
export function tokenOf(request: IncomingMessage, url: URL): string | undefined {
  const header = request.headers['x-portage-token'];
  if (typeof header === 'string') return header;
  const bearer = request.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (bearer) return bearer;
  const cookie = request.headers.cookie
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === cookieName)?.[1];
  if (cookie) return cookie;
  return url.searchParams.get('token') ?? undefined;
}
