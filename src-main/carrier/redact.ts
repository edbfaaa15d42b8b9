// Keeps secrets out of anything that can be logged, shown or serialized.

const basicAuthPattern = /(authorization\s*[:=]\s*["']?\s*basic\s+)[A-Za-z0-9+/=._-]+/gi;
const bareBasicPattern = /\bBasic\s+[A-Za-z0-9+/]{8,}={0,2}/g;

/**
 * Replaces Authorization values and every given secret (and its base64 forms, as they would appear in a
 * Basic header) with [redacted]. Use on any text that may have come near a request.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(basicAuthPattern, '$1[redacted]').replace(bareBasicPattern, 'Basic [redacted]');
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of [secret, Buffer.from(secret, 'utf8').toString('base64'), encodeURIComponent(secret)]) {
      if (form.length === 0) continue;
      out = out.split(form).join('[redacted]');
    }
  }
  return out;
}

/** The value of an HTTP Basic Authorization header. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
