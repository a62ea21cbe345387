/**
 * A cheap first look at a Bot Framework bearer token before the adapter verifies its signature.
 * CloudAdapter answers 500 when it cannot fetch the signing keys, so a junk or forged token would
 * otherwise cost a key fetch and get a 5xx: here a token that cannot be a Bot Framework token is a
 * 401 at once. Signature, audience and channel checks remain the adapter's.
 */
const TRUSTED_ISSUER_PREFIXES = [
  'https://api.botframework.com',
  'https://sts.windows.net/',
  'https://login.microsoftonline.com/',
  'https://api.botframework.us',
  'https://login.microsoftonline.us/',
];
/** Clock skew tolerated on `exp`, as the Bot Framework validators allow. */
const SKEW_SECONDS = 300;

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** null when the header may hold a Bot Framework token; otherwise why it cannot. */
export function precheckBotFrameworkToken(authorization: string | undefined, nowSeconds: number = Date.now() / 1000): string | null {
  if (!authorization) return 'missing Authorization header';
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization.trim());
  if (!match) return 'not a bearer JWT';
  const header = decodePart(match[1]);
  const payload = decodePart(match[2]);
  if (!header || !payload) return 'unreadable JWT';
  if (header.alg !== 'RS256' || typeof header.kid !== 'string') return 'unexpected JWT header';
  if (typeof payload.iss !== 'string' || !TRUSTED_ISSUER_PREFIXES.some((p) => (payload.iss as string).startsWith(p))) return 'untrusted issuer';
  if (typeof payload.exp !== 'number' || payload.exp + SKEW_SECONDS < nowSeconds) return 'expired token';
  return null;
}
