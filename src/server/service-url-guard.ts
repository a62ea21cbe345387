/**
 * With no app id, CloudAdapter trusts the caller's `serviceUrl` and POSTs replies there, which would let
 * anyone make this server send requests to any host (SSRF). In that mode we accept only loopback
 * service URLs, our own base URL, and those listed in ALLOWED_SERVICE_URLS.
 */
export function isAllowedServiceUrl(serviceUrl: unknown, allowed: readonly string[]): boolean {
  if (typeof serviceUrl !== 'string') return false;
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  const normalised = serviceUrl.replace(/\/+$/, '');
  return allowed.some((a) => normalised === a.replace(/\/+$/, '') || normalised.startsWith(a.replace(/\/+$/, '') + '/'));
}
