import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../log';
import { sendError } from '../../server/http-errors';
import type { BotBridge } from './bot-bridge';
import type { ConversationMeta, ConversationStore } from './conversation-store';
import { applyCors } from './cors';
import { ConversationNotFoundError, TooManyRequestsError } from './errors';
import { parsePostedActivity } from './posted-activity';
import type { TokenBucket } from './token-bucket';
import { bearerToken, type TokenClaims, type TokenSigner } from './token-signer';

export const DIRECTLINE_PATH = '/v3/directline';

export interface DirectLineRoutesDeps {
  store: ConversationStore;
  signer: TokenSigner;
  bridge: BotBridge;
  /** Per client IP, on tokens/generate. */
  generateLimiter: TokenBucket;
  /** Per token (conversation and user), on posted activities. */
  postLimiter: TokenBucket;
  baseUrl: () => string;
  bot: { id: string; name: string };
  allowedOrigins: readonly string[];
  log: Logger;
}

const startBodySchema = z.object({ locale: z.string().max(20).optional() }).optional();

/** The subset of the Direct Line 3.0 REST API that botframework-webchat and botframework-directlinejs call. */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRoutesDeps): void {
  const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    applyCors(req, res, deps.allowedOrigins);
    try {
      await handler(req, res);
    } catch (err) {
      if (err instanceof TooManyRequestsError) res.header('Retry-After', String(err.retryAfterSeconds));
      sendError(res, err, deps.log);
    }
  };
  const claimsFor = (req: Request, conversationId?: string): TokenClaims =>
    deps.signer.verify(bearerToken(req.header('authorization')), conversationId);
  const existing = async (conversationId: string): Promise<ConversationMeta> => {
    const meta = await deps.store.get(conversationId);
    if (!meta) throw new ConversationNotFoundError(`Direct Line conversation ${conversationId} does not exist or has expired.`);
    return meta;
  };
  const conversationBody = (claims: TokenClaims, watermark = '') => {
    const issued = deps.signer.issue(claims.conversationId, claims.userId);
    const streamBase = deps.baseUrl().replace(/^http/, 'ws');
    const query = new URLSearchParams({ watermark, t: issued.token });
    return {
      conversationId: claims.conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: `${streamBase}${DIRECTLINE_PATH}/conversations/${encodeURIComponent(claims.conversationId)}/stream?${query}`,
    };
  };

  server.opts(`${DIRECTLINE_PATH}/*`, route(async (_req, res) => void res.send(204)));

  server.post(`${DIRECTLINE_PATH}/tokens/generate`, route(async (req, res) => {
    deps.generateLimiter.take(req.socket.remoteAddress ?? 'unknown', 'token requests from this address');
    const issued = deps.signer.issue(randomBytes(16).toString('base64url'), `u_${randomBytes(12).toString('base64url')}`);
    res.send(200, { conversationId: issued.claims.conversationId, userId: issued.claims.userId, token: issued.token, expires_in: issued.expiresIn });
  }));

  server.post(`${DIRECTLINE_PATH}/tokens/refresh`, route(async (req, res) => {
    const claims = claimsFor(req);
    const issued = deps.signer.issue(claims.conversationId, claims.userId);
    res.send(200, { conversationId: claims.conversationId, token: issued.token, expires_in: issued.expiresIn });
  }));

  server.post(`${DIRECTLINE_PATH}/conversations`, route(async (req, res) => {
    const claims = claimsFor(req);
    const body = startBodySchema.parse(req.body ?? undefined);
    const meta: ConversationMeta = { conversationId: claims.conversationId, userId: claims.userId, locale: body?.locale, createdAt: new Date().toISOString() };
    const created = await deps.store.create(meta);
    res.send(created ? 201 : 200, conversationBody(claims));
    if (created) {
      deps.log.info('Direct Line conversation started', { conversationId: meta.conversationId });
      void deps.bridge.deliver(conversationUpdate(meta, deps));
    }
  }));

  server.get(`${DIRECTLINE_PATH}/conversations/:conversationId`, route(async (req, res) => {
    const claims = claimsFor(req, req.params.conversationId);
    await existing(claims.conversationId);
    res.send(200, conversationBody(claims, typeof req.query?.watermark === 'string' ? req.query.watermark : ''));
  }));

  server.get(`${DIRECTLINE_PATH}/conversations/:conversationId/activities`, route(async (req, res) => {
    const claims = claimsFor(req, req.params.conversationId);
    await existing(claims.conversationId);
    const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : undefined;
    res.send(200, await deps.store.list(claims.conversationId, watermark));
  }));

  server.post(`${DIRECTLINE_PATH}/conversations/:conversationId/activities`, route(async (req, res) => {
    const claims = claimsFor(req, req.params.conversationId);
    const meta = await existing(claims.conversationId);
    deps.postLimiter.take(`${claims.conversationId}:${claims.userId}`, 'messages in this conversation');
    const posted = parsePostedActivity(req.body);
    const activity: Partial<Activity> = {
      ...posted,
      localTimestamp: toDate(posted.localTimestamp),
      channelId: 'directline',
      serviceUrl: deps.baseUrl(),
      conversation: { id: meta.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: claims.userId, name: '', role: 'user' },
      recipient: { id: deps.bot.id, name: deps.bot.name, role: 'bot' },
      timestamp: new Date(),
      locale: posted.locale ?? meta.locale,
    };
    // Echo first: Web Chat marks a message as sent only when it sees it, with its clientActivityID, in the stream.
    const id = await deps.store.append(meta.conversationId, activity as { type: string });
    res.send(200, { id });
    void deps.bridge.deliver({ ...activity, id });
  }));
}

function toDate(value: string | undefined): Date | undefined {
  const date = value === undefined ? undefined : new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Sent when a conversation starts, so the bot's onMembersAdded greets the user. */
function conversationUpdate(meta: ConversationMeta, deps: DirectLineRoutesDeps): Partial<Activity> {
  const bot = { id: deps.bot.id, name: deps.bot.name, role: 'bot' };
  const user = { id: meta.userId, name: '', role: 'user' };
  return {
    type: 'conversationUpdate',
    id: `${meta.conversationId}|start`,
    channelId: 'directline',
    serviceUrl: deps.baseUrl(),
    conversation: { id: meta.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: user,
    recipient: bot,
    membersAdded: [bot, user],
    locale: meta.locale,
    timestamp: new Date(),
  };
}
