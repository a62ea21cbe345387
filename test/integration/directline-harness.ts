/*
 * The channel parts of the app (restify server, CloudAdapter, /api/messages, embedded Direct Line) with a
 * small echo bot, so the Direct Line tests exercise the protocol and not the dialogs' wording.
 */
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type CloudAdapter, type TurnContext } from 'botbuilder';
import { Redis } from 'ioredis';
import type { Server } from 'restify';
import { registerDirectLine, type DirectLine, type DirectLineDeps } from '../../src/adapters/directline';
import { createAdapter } from '../../src/adapters/create-adapter';
import { loadConfig } from '../../src/config/env';
import { silentLogger } from '../../src/log';
import { createKeys } from '../../src/queue/keys';
import { createServer } from '../../src/server/create-server';
import { registerMessagesRoute } from '../../src/server/routes/messages-route';

export const HARNESS_SECRET = 'directline-test-secret-0123456789';
export const WELCOME = 'welcome';

export interface Harness {
  server: Server;
  adapter: CloudAdapter;
  directLine: DirectLine;
  baseUrl: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  appId?: string;
  redisUrl?: string;
  prefix?: string;
  limits?: DirectLineDeps['limits'];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const config = loadConfig({
    PORT: '0',
    DIRECTLINE_SECRET: HARNESS_SECRET,
    MicrosoftAppId: options.appId ?? '',
    MicrosoftAppPassword: options.appId ? 'fake-password-never-sent-to-azure' : '',
  });
  const bot = new ActivityHandler();
  bot.onMembersAdded(async (context, next) => {
    for (const member of context.activity.membersAdded ?? []) {
      if (member.id !== context.activity.recipient.id) await context.sendActivity(WELCOME);
    }
    await next();
  });
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const logic = (context: TurnContext) => bot.run(context);
  const adapter = createAdapter(config);
  const server = createServer(silentLogger);
  let baseUrl = '';
  const redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  const authDisabled = config.bot.appId === '';
  registerMessagesRoute(server, { adapter, logic, authDisabled, allowedServiceUrls: () => [baseUrl], log: silentLogger });
  const directLine = registerDirectLine(server, {
    adapter, logic, authDisabled, redis,
    baseUrl: () => baseUrl,
    keys: createKeys(options.prefix ?? 'rempart-test:'),
    log: silentLogger,
    secret: HARNESS_SECRET,
    tokenTtlSeconds: 1800,
    widgetAllowedOrigins: ['https://school.example'],
    defaultLocale: 'fr',
    botAppId: config.bot.appId,
    limits: options.limits,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server, adapter, directLine, baseUrl,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await directLine.close();
      if (redis) await redis.quit();
    },
  };
}
