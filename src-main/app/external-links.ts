// Which links may leave the app for the dealer's browser: https only, to an allowlist of hosts.
// Kept free of electron so it is tested in Node.

export const externalHostAllowlist: readonly string[] = ['thinktel.ca', 'www.thinktel.ca', 'api.thinktel.ca'];

export function isAllowedExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return false;
  return externalHostAllowlist.includes(url.hostname);
}
