import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityHandler } from 'botbuilder';
import { createApp, type App } from '../src/app';
import { createAdapter } from '../src/adapters/create-adapter';
import { loadConfig } from '../src/config/env';
import { silentLogger } from '../src/log';
import { createServer } from '../src/server/create-server';
import { registerMessagesRoute } from '../src/server/routes/messages-route';
import { startRedisServer } from '../test/support/redis-server';
import type { BenchTable } from './bench-table';

const scriptDir = mkdtempSync(join(tmpdir(), 'rempart-turns-'));
const scriptFile = join(scriptDir, 'script.json');

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

/** Runs the load generator (bench/turn-load.js) in its own process against `target`. */
async function drive(target: Target, conversations: number, turns: number): Promise<{ turnsPerSecond: number; p50: number; p99: number; repliesPerTurn: number }> {
  const child = spawn(process.execPath, [join(__dirname, 'turn-load.js'), target.url, String(conversations), String(turns), scriptFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  const result = JSON.parse(out.trim()) as { turnsPerSecond: number; p50: number; p99: number; failures: number; repliesPerTurn: number };
  if (result.failures > 0) throw new Error(`${result.failures} turns failed`);
  return result;
}

/** Turn throughput over loopback HTTP: full bot vs a bare echo bot on the same adapter and server, memory and Redis. */
export async function runTurnBench(options: { conversations?: number; turns?: number } = {}): Promise<BenchTable> {
  const conversations = options.conversations ?? 20;
  const turns = options.turns ?? 30;
  writeFileSync(scriptFile, JSON.stringify(SCRIPT));
  const redis = await startRedisServer();
  const rows: (string | number)[][] = [];
  try {
    const echo = await echoTarget();
    await drive(echo, conversations, 10); // warm-up
    const echoResult = await drive(echo, conversations, turns);
    await echo.close();
    rows.push(['echo bot (no state)', 'none', echoResult.turnsPerSecond, echoResult.p50, echoResult.p99, 1, echoResult.repliesPerTurn]);
    for (const [label, url] of [['memory', undefined], ['redis', redis.url]] as const) {
      const full = await fullTarget(url);
      // Warm-up as long as the measure: the first app measured was otherwise ~10% slower (JIT, GC).
      await drive(full, conversations, SCRIPT.length * 2);
      const r = await drive(full, conversations, turns);
      await full.close();
      rows.push([`Rempart full turn`, label, r.turnsPerSecond, r.p50, r.p99, r.p50 / echoResult.p50, r.repliesPerTurn]);
    }
  } finally {
    await redis.dispose();
    rmSync(scriptDir, { recursive: true, force: true });
  }
  return {
    title: `Turn throughput: ${conversations} concurrent conversations × ${turns} turns over loopback HTTP (users and channel in another process)`,
    columns: ['bot', 'store', 'turns/s', 'p50 ms', 'p99 ms', 'p50 vs echo', 'replies/turn'],
    rows,
  };
}
