import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { TokenForbiddenError } from './errors';

/** What a Direct Line token grants: one user in one conversation until `exp` (epoch seconds). */
export const tokenClaimsSchema = z.object({
  conversationId: z.string().min(1),
  userId: z.string().min(1),
  exp: z.number().int(),
  /** Random per token, so two tokens issued in the same second differ. */
  nonce: z.string(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export interface IssuedToken {
  token: string;
  claims: TokenClaims;
  expiresIn: number;
}

/**
 * HMAC-SHA256 signed tokens, `base64url(json).base64url(mac)`. Stateless, so any instance sharing
 * DIRECTLINE_SECRET can verify them; a token is scoped to one conversation and expires.
 */
export class TokenSigner {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = () => Date.now(),
  ) {
    if (secret.length < 16) throw new RangeError('Direct Line secret must be at least 16 characters');
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const claims: TokenClaims = {
      conversationId,
      userId,
      exp: Math.floor(this.now() / 1000) + this.ttlSeconds,
      nonce: randomBytes(6).toString('base64url'),
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.mac(body)}`, claims, expiresIn: this.ttlSeconds };
  }

  /** Throws TokenForbiddenError unless the token is ours, unexpired, and (when given) for this conversation. */
  verify(token: string | undefined, conversationId?: string): TokenClaims {
    if (!token) throw new TokenForbiddenError('A Direct Line token is required (Authorization: Bearer <token>).');
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) throw new TokenForbiddenError('Malformed Direct Line token.');
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new TokenForbiddenError('Direct Line token signature does not match.');
    }
    const parsed = tokenClaimsSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    if (!parsed.success) throw new TokenForbiddenError('Direct Line token has unexpected claims.');
    if (parsed.data.exp * 1000 <= this.now()) throw new TokenForbiddenError('Direct Line token has expired.');
    if (conversationId !== undefined && parsed.data.conversationId !== conversationId) {
      throw new TokenForbiddenError(`Direct Line token is for another conversation, not ${conversationId}.`);
    }
    return parsed.data;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** Reads `Authorization: Bearer <token>`. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return match?.[1];
}
