// Who may call the practice carrier's API: HTTP Basic with the credentials it was started with,
// compared in constant time. Anything else is answered 401 (api.ts).
import type { IncomingMessage } from 'node:http';
import { sameSecret } from './http';

export function authorized(
  request: IncomingMessage,
  expected: { username: string; password: string },
): boolean {
  const header = request.headers.authorization ?? '';
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  return (
    sameSecret(decoded.slice(0, colon), expected.username) &&
    sameSecret(decoded.slice(colon + 1), expected.password)
  );
}
