import { ActivityHandler } from 'botbuilder';
import { createApp, type App } from '../src/app';
import { createAdapter } from '../src/adapters/create-adapter';
import { loadConfig } from '../src/config/env';
import { silentLogger } from '../src/log';
import { createServer } from '../src/server/create-server';
import { registerMessagesRoute } from '../src/server/routes/messages-route';
import { ConnectorServer } from '../test/support/connector-server';
import { startRedisServer } from '../test/support/redis-server';
import { percentile, type BenchTable } from './bench-table';

/** What a user types over a conversation: a description, then buttons and commands through the dialogs. */
const SCRIPT = [
  'on a créé un faux compte insta à mon nom et il insulte mes potes',
  "J'ai moins de 18 ans",
  'Suivant',
  'Suivant',
  "C'est bon",
  'Non',
  'Non merci',
  'aide',
  'ils balancent des rumeurs sur moi sur snap',
  'recommencer',
];

interface Target { url: string; close(): Promise<void> }

async function echoTarget(): Promise<Target> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'error' });
  const adapter = createAdapter(config);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(context.activity.text ?? '');
    await next();
  });
  const server = createServer(silentLogger);
  registerMessagesRoute(server, { adapter, logic: (c) => bot.run(c), authDisabled: true, allowedServiceUrls: () => [], log: silentLogger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function fullTarget(redisUrl?: string): Promise<Target> {
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'error', ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: `bench-${Date.now()}:` } : {}) });
  const app: App = await createApp(config, { log: silentLogger, waitingRoomIntervalMs: 0 });
  const url = await app.listen(0, '127.0.0.1');
  return { url, close: () => app.close() };
}

async function drive(target: Target, connectorUrl: string, conversations: number, turns: number): Promise<{ turnsPerSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const run = async (c: number) => {
    const conversationId = `bench-${c}-${Math.random().toString(36).slice(2)}`;
    for (let i = 0; i < turns; i += 1) {
      const body = {
        type: 'message', id: `${conversationId}-${i}`, channelId: 'webchat', serviceUrl: connectorUrl, locale: 'fr-FR',
        conversation: { id: conversationId }, from: { id: `user-${c}`, role: 'user' }, recipient: { id: 'bot', role: 'bot' },
        text: SCRIPT[i % SCRIPT.length],
      };
      const started = performance.now();
      const res = await fetch(`${target.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`turn failed with ${res.status}`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: conversations }, (_, c) => run(c)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { turnsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Turn throughput over loopback HTTP: full bot vs a bare echo bot on the same adapter and server, memory and Redis. */
export async function runTurnBench(options: { conversations?: number; turns?: number } = {}): Promise<BenchTable> {
  const conversations = options.conversations ?? 20;
  const turns = options.turns ?? 30;
  const connector = new ConnectorServer();
  const connectorUrl = await connector.start();
  const redis = await startRedisServer();
  const rows: (string | number)[][] = [];
  try {
    const echo = await echoTarget();
    await drive(echo, connectorUrl, conversations, 10); // warm-up
    const echoResult = await drive(echo, connectorUrl, conversations, turns);
    await echo.close();
    rows.push(['echo bot (no state)', 'none', echoResult.turnsPerSecond, echoResult.p50, echoResult.p99, 1]);
    for (const [label, url] of [['memory', undefined], ['redis', redis.url]] as const) {
      const full = await fullTarget(url);
      // Warm-up as long as the measure: the first app measured was otherwise ~10% slower (JIT, GC).
      await drive(full, connectorUrl, conversations, SCRIPT.length * 2);
      const r = await drive(full, connectorUrl, conversations, turns);
      await full.close();
      rows.push([`Rempart full turn`, label, r.turnsPerSecond, r.p50, r.p99, r.p50 / echoResult.p50]);
    }
  } finally {
    await redis.dispose();
    await connector.stop();
  }
  return {
    title: `Turn throughput: ${conversations} concurrent conversations × ${turns} turns over loopback HTTP`,
    columns: ['bot', 'store', 'turns/s', 'p50 ms', 'p99 ms', 'p50 vs echo'],
    rows,
  };
}
