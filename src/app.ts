import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type CloudAdapter, type TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import { createAdapter } from './adapters/create-adapter';
import { registerDirectLine } from './adapters/directline';
import type { Config } from './config/env';
import { createLogger, type Logger } from './log';
import { createKeys } from './queue/keys';
import { createServer } from './server/create-server';
import { registerHealthRoute } from './server/routes/health-route';
import { registerMessagesRoute } from './server/routes/messages-route';
import { createRedisClient, redisHealth } from './storage/create-redis-client';

export interface App {
  server: Server;
  adapter: CloudAdapter;
  log: Logger;
  /** Listens and resolves with the base URL (http://127.0.0.1:<port> for port 0). */
  listen(port?: number, host?: string): Promise<string>;
  baseUrl(): string;
  /** Stops accepting requests, finishes turns in flight, stops timers, closes Redis. */
  close(): Promise<void>;
}

export interface AppOptions {
  log?: Logger;
}

/** Composition root: builds stores, knowledge, nlp, dialogs, bot, adapter and server. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const keys = createKeys(config.redis.prefix);
  const redis: Redis | undefined = config.redis.url ? createRedisClient(config.redis.url, log) : undefined;
  log.info(redis ? 'stores: redis' : 'stores: embedded in-process memory (no REDIS_URL); data is lost on restart', { prefix: config.redis.prefix });

  const adapter = createAdapter(config);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity('…');
    await next();
  });
  const logic = (context: TurnContext) => bot.run(context);

  const server = createServer(log);
  let boundUrl = config.publicBaseUrl ?? `http://127.0.0.1:${config.port}`;
  const baseUrl = () => config.publicBaseUrl ?? boundUrl;
  const authDisabled = config.bot.appId === '';
  registerMessagesRoute(server, { adapter, logic, authDisabled, allowedServiceUrls: () => [baseUrl(), ...config.allowedServiceUrls], log });
  registerHealthRoute(server, { storage: redis ? 'redis' : 'memory', check: async () => (redis ? redisHealth(redis) : null) });
  const directLine = registerDirectLine(server, {
    adapter, logic, baseUrl, keys, log, redis, authDisabled,
    secret: config.directLine.secret || randomBytes(32).toString('hex'),
    tokenTtlSeconds: config.directLine.tokenTtlSeconds,
    widgetAllowedOrigins: config.widgetAllowedOrigins,
    defaultLocale: config.defaultLocale,
  });

  return {
    server,
    adapter,
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await directLine.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
