import { join } from 'node:path';
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import type { Logger } from '../../log';
import type { Keys } from '../../queue/keys';
import { BotBridge } from './bot-bridge';
import { ConnectorGate } from './connector-gate';
import { registerConnectorRoutes } from './connector-routes';
import { activityId, type ConversationStore } from './conversation-store';
import { registerDirectLineRoutes } from './directline-routes';
import { MemoryConversationStore } from './memory-conversation-store';
import { RedisConversationStore } from './redis-conversation-store';
import { findKnowledgeDir, loadSafetyContacts } from './safety-contacts';
import { StreamServer } from './stream-server';
import { TokenBucket } from './token-bucket';
import { TokenSigner } from './token-signer';
import { registerWidgetRoutes } from './widget-routes';

/** Flood and lifetime limits of the embedded Direct Line (defaults in DEFAULT_DIRECTLINE_LIMITS). */
export interface DirectLineLimits {
  /** Messages a token may post in a burst. @default 10 */
  postBurst: number;
  /** Sustained messages per second per token. @default 1 */
  postPerSecond: number;
  /** tokens/generate calls per client IP in a burst. @default 20 */
  generateBurst: number;
  /** Sustained tokens/generate calls per second per IP. @default 0.5 */
  generatePerSecond: number;
  /** A conversation and its activities are dropped after this long without a new activity. @default 86400 */
  conversationTtlSeconds: number;
}

export const DEFAULT_DIRECTLINE_LIMITS: DirectLineLimits = {
  postBurst: 10,
  postPerSecond: 1,
  generateBurst: 20,
  generatePerSecond: 0.5,
  conversationTtlSeconds: 24 * 3600,
};

/** What the embedded Direct Line needs from the composition root. */
export interface DirectLineDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** Base URL of this server as the bot must reach it (used as serviceUrl). */
  baseUrl: () => string;
  /** Secret for signing tokens (random per process when empty). */
  secret: string;
  tokenTtlSeconds: number;
  /** Present in Redis mode: conversations and activities are kept there. */
  redis?: Redis;
  keys: Keys;
  log: Logger;
  widgetAllowedOrigins: string[];
  defaultLocale: 'fr' | 'en';
  /** True when MicrosoftAppId is empty. */
  authDisabled: boolean;
  /** MicrosoftAppId, put in the claims of Direct Line turns. @default '' */
  botAppId?: string;
  /** Overrides of DEFAULT_DIRECTLINE_LIMITS. */
  limits?: Partial<DirectLineLimits>;
  /** Folder of knowledge/contacts.json for the widget's safety note. @default the `knowledge/` found above this file */
  knowledgeDir?: string;
  /** Folder of the widget's static files. @default src/web/widget (dist/src/web/widget once built) */
  widgetDir?: string;
}

export interface DirectLine {
  /** The per-process key that lets connector calls reach the Direct Line conversations (see connector-gate). */
  gate: ConnectorGate;
  /** Sends into a Direct Line conversation (whichever instance holds it) without an Azure token. */
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  /**
   * "Erase my data": every stored activity of the conversation is replaced by an empty event, so
   * nothing the user or the bot said stays on the server, and watermarks stay valid for the client.
   */
  erase(conversationId: string): Promise<void>;
  /** Stops the stream, waits for turns in flight, stops timers. */
  close(): Promise<void>;
}

export const DIRECTLINE_BOT = { id: 'rempart-bot', name: 'Rempart' } as const;

/** Registers /v3/directline/*, the connector routes it needs, and the widget page at `/`. */
export function registerDirectLine(server: Server, deps: DirectLineDeps): DirectLine {
  const limits = { ...DEFAULT_DIRECTLINE_LIMITS, ...deps.limits };
  const store: ConversationStore = deps.redis
    ? new RedisConversationStore(deps.redis, deps.keys, { ttlSeconds: limits.conversationTtlSeconds })
    : new MemoryConversationStore(limits.conversationTtlSeconds);
  const signer = new TokenSigner(deps.secret, deps.tokenTtlSeconds);
  const gate = new ConnectorGate(deps.secret);
  const bridge = new BotBridge({ adapter: deps.adapter, logic: deps.logic, gate, botAppId: deps.botAppId ?? '', log: deps.log });
  const bot = DIRECTLINE_BOT;

  registerDirectLineRoutes(server, {
    store, signer, bridge, bot, log: deps.log, baseUrl: deps.baseUrl,
    allowedOrigins: deps.widgetAllowedOrigins,
    generateLimiter: new TokenBucket({ burst: limits.generateBurst, perSecond: limits.generatePerSecond }),
    postLimiter: new TokenBucket({ burst: limits.postBurst, perSecond: limits.postPerSecond }),
  });
  registerConnectorRoutes(server, { store, gate, bot, authDisabled: deps.authDisabled, log: deps.log });
  registerWidgetRoutes(server, {
    widgetDir: deps.widgetDir ?? join(__dirname, '..', '..', 'web', 'widget'),
    allowedOrigins: deps.widgetAllowedOrigins,
    safetyContacts: loadSafetyContacts(deps.knowledgeDir ?? findKnowledgeDir()),
    log: deps.log,
  });
  const stream = new StreamServer(server.server, { store, signer, log: deps.log });

  return {
    gate,
    continueConversation: (reference, logic) => bridge.continueConversation(reference, logic),
    async erase(conversationId) {
      const page = await store.list(conversationId, '0');
      for (const [index, activity] of page.activities.entries()) {
        const id = activityId(conversationId, index);
        await store.replace(conversationId, id, { type: 'event', name: 'rempart.erased', id, from: activity.from, timestamp: activity.timestamp });
      }
    },
    async close() {
      await stream.close();
      await bridge.drain();
      await store.close();
    },
  };
}
