import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ConversationState, type CloudAdapter, type Storage, type TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import { createStateAccessors } from '../bots/conversation-state';
import { RempartBot } from '../bots/rempart-bot';
import { createAdapter } from './adapters/create-adapter';
import { registerDirectLine, type DirectLine } from './adapters/directline';
import { ProactiveNotifier } from './adapters/proactive-notifier';
import { createTurnErrorHandler } from './adapters/turn-error-handler';
import type { Config } from './config/env';
import { MemoryPolicyRegistry, RedisPolicyRegistry, type PolicyRegistry } from './coverage/policy-registry';
import { createHandoffService } from './handoff/handoff-service';
import type { HandoffService } from './handoff/types';
import { createWaitEstimator } from './handoff/wait-estimator';
import { WaitingRoom } from './handoff/waiting-room';
import { loadI18n } from './i18n/i18n';
import { loadKnowledge } from './knowledge';
import { createLogger, type Logger } from './log';
import { loadTriage } from './nlp';
import type { CaseStore } from './queue/case-store';
import { createKeys } from './queue/keys';
import { MemoryCaseStore } from './queue/memory-case-store';
import { RedisCaseStore } from './queue/redis-case-store';
import { createServer } from './server/create-server';
import { registerHealthRoute } from './server/routes/health-route';
import { registerMessagesRoute } from './server/routes/messages-route';
import { registerStaffRoutes } from './server/routes/staff-routes';
import { createRedisClient, redisHealth } from './storage/create-redis-client';
import { ExpiringMemoryStorage } from './storage/expiring-memory-storage';
import { RedisStorage } from './storage/redis-storage';

/** How long close() lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 5000;

export interface App {
  server: Server;
  adapter: CloudAdapter;
  handoff: HandoffService;
  log: Logger;
  /** Listens and resolves with the base URL (http://127.0.0.1:<port> for port 0). */
  listen(port?: number, host?: string): Promise<string>;
  baseUrl(): string;
  /** Stops accepting requests, finishes turns in flight, stops timers, closes Redis. */
  close(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
  /** Clock for dialogs and handoff (tests). */
  now?: () => Date;
  /** Waiting-room tick; 0 disables it (tests that drive notices themselves). @default 30000 */
  waitingRoomIntervalMs?: number;
}

/** Composition root: builds stores, knowledge, nlp, dialogs, bot, adapter and server, and wires them once. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const now = options.now ?? (() => new Date());
  const keys = createKeys(config.redis.prefix);
  const redis: Redis | undefined = config.redis.url ? createRedisClient(config.redis.url, log) : undefined;
  log.info(redis ? 'stores: redis (bot state, handoff queues, transcripts)' : 'stores: embedded in-process memory (no REDIS_URL): data is lost on restart', { prefix: config.redis.prefix });

  const knowledge = loadKnowledge();
  const i18n = loadI18n();
  const triage = loadTriage();

  const storage: Storage = redis
    ? new RedisStorage({ redis, keys, ttlSeconds: config.retention.stateTtlSeconds })
    : new ExpiringMemoryStorage(config.retention.stateTtlSeconds);
  const state = createStateAccessors(new ConversationState(storage));
  const caseStore: CaseStore = redis
    ? new RedisCaseStore({ redis, keys, closedTtlSeconds: config.retention.closedCaseTtlSeconds, transcriptMaxEntries: config.retention.transcriptMaxEntries })
    : new MemoryCaseStore({ closedTtlSeconds: config.retention.closedCaseTtlSeconds, transcriptMaxEntries: config.retention.transcriptMaxEntries });
  const policies: PolicyRegistry = redis
    ? new RedisPolicyRegistry({ redis, prefix: config.redis.prefix })
    : new MemoryPolicyRegistry(knowledge.demoPolicies);

  const adapter = createAdapter(config);
  let directLine: DirectLine | undefined;
  const notifier = new ProactiveNotifier(adapter, config.bot.appId, i18n, knowledge, log, () => directLine);
  const estimator = createWaitEstimator({ store: caseStore, now });
  const waitingRoom = new WaitingRoom({
    store: caseStore, notifier, estimator, log, now,
    waitNoticeMinutes: config.handoff.waitNoticeMinutes,
    intervalMs: options.waitingRoomIntervalMs ?? 30_000,
  });
  const handoff = createHandoffService({ store: caseStore, notifier, log, now, estimator, waitingRoom });

  const bot = new RempartBot({
    i18n, triage, knowledge, policies, handoff, state, log, now,
    eraseChannelHistory: async (channelId, conversationId) => {
      if (channelId === 'directline') await directLine?.erase(conversationId);
    },
    maxMessageLength: config.limits.maxMessageLength,
    settings: { minConfidence: config.triage.minConfidence, stateTtlSeconds: config.retention.stateTtlSeconds, defaultLocale: config.defaultLocale, guidanceBatch: 2 },
  });
  adapter.onTurnError = createTurnErrorHandler({ log, apology: (c, e) => bot.apology(c, e), resetDialogs: (c) => bot.resetDialogs(c) });
  const logic = (context: TurnContext) => bot.run(context);

  const server = createServer(log);
  let boundUrl = config.publicBaseUrl ?? `http://127.0.0.1:${config.port}`;
  const baseUrl = () => config.publicBaseUrl ?? boundUrl;
  const authDisabled = config.bot.appId === '';
  registerMessagesRoute(server, { adapter, logic, authDisabled, allowedServiceUrls: () => [baseUrl(), ...config.allowedServiceUrls], log });
  registerHealthRoute(server, { storage: redis ? 'redis' : 'memory', check: async () => (redis ? redisHealth(redis) : null) });
  const staffRoutes = registerStaffRoutes(server, { handoff, staff: config.staff, log, auditTrail: (limit) => caseStore.auditTrail(limit) });
  directLine = registerDirectLine(server, {
    adapter, logic, baseUrl, keys, log, redis, authDisabled,
    botAppId: config.bot.appId,
    secret: config.directLine.secret || randomBytes(32).toString('hex'),
    tokenTtlSeconds: config.directLine.tokenTtlSeconds,
    widgetAllowedOrigins: config.widgetAllowedOrigins,
    defaultLocale: config.defaultLocale,
  });
  if (config.staff.length === 0) log.warn('no STAFF_TOKENS: the staff console at /staff cannot sign anyone in');
  if (options.waitingRoomIntervalMs !== 0) waitingRoom.start();

  return {
    server,
    adapter,
    handoff,
    log,
    baseUrl,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          boundUrl = `http://127.0.0.1:${address.port}`;
          resolve(boundUrl);
        });
      });
    },
    async close() {
      waitingRoom.stop();
      await staffRoutes.close();
      await directLine?.close();
      // server.close waits for requests in flight (turns answer their POST only when they end); idle
      // keep-alive connections are closed at once, and any connection still open after the grace period.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      const grace = setTimeout(() => server.server.closeAllConnections(), CLOSE_GRACE_MS);
      await closed;
      clearTimeout(grace);
      await handoff.shutdown();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
