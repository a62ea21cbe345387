/**
 * Channel part of `npm run bench`: round trip of one message (post → the bot's reply visible to the
 * client) through the embedded Direct Line, by WebSocket and by GET polling, against a direct
 * POST /api/messages whose reply is captured by a tiny local connector server. Same process, same
 * echo bot, same run, so the difference is the channel's own cost.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import WebSocket from 'ws';
import { registerDirectLine } from '../src/adapters/directline';
import { createAdapter } from '../src/adapters/create-adapter';
import { loadConfig } from '../src/config/env';
import { silentLogger } from '../src/log';
import { createKeys } from '../src/queue/keys';
import { createServer } from '../src/server/create-server';
import { registerMessagesRoute } from '../src/server/routes/messages-route';
import { percentile, type BenchTable } from './bench-table';

/** Messages per path (after 5 warm-up messages). */
const N = 200;
const WARMUP = 5;

export async function runChannelBench(): Promise<BenchTable> {
  const config = loadConfig({ PORT: '0', DIRECTLINE_SECRET: 'bench-secret-0123456789abcdef' });
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const logic = (context: TurnContext) => bot.run(context);
  const adapter = createAdapter(config);
  const server = createServer(silentLogger);
  let baseUrl = '';
  const connector = await startConnector();
  registerMessagesRoute(server, { adapter, logic, authDisabled: true, allowedServiceUrls: () => [baseUrl], log: silentLogger });
  const directLine = registerDirectLine(server, {
    adapter, logic, authDisabled: true, baseUrl: () => baseUrl, keys: createKeys('bench:'), log: silentLogger,
    secret: 'bench-secret-0123456789abcdef', tokenTtlSeconds: 1800, widgetAllowedOrigins: [], defaultLocale: 'fr',
    // The bench posts far faster than a person types: lift the flood limit for it.
    limits: { postBurst: 10 * (N + WARMUP), postPerSecond: 1000 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const direct = await measure((i) => directPost(baseUrl, connector, i));
    const ws = await withConversation(baseUrl, (c) => measure((i) => c.viaWebSocket(i)));
    const polling = await withConversation(baseUrl, (c) => measure((i) => c.viaPolling(i)));
    const row = (name: string, ms: number[]) => [name, ms.length, percentile(ms, 50), percentile(ms, 99)];
    return {
      title: 'Channel: one message round trip (post → bot reply visible), echo bot, same run',
      columns: ['path', 'messages', 'p50 ms', 'p99 ms'],
      rows: [row('POST /api/messages (reply captured by a local connector)', direct), row('Direct Line, WebSocket stream', ws), row('Direct Line, GET activities polled every 20 ms', polling)],
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await directLine.close();
    await new Promise<void>((resolve) => connector.server.close(() => resolve()));
  }
}

async function measure(once: (i: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await once(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const started = performance.now();
    await once(i);
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}

interface Connector { server: HttpServer; url: string; waiters: Map<string, () => void> }

/** Plays the channel's connector: resolves the waiter of the conversation the reply is for. */
async function startConnector(): Promise<Connector> {
  const waiters = new Map<string, () => void>();
  const server = createHttpServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    req.resume().on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"r"}');
      const conversationId = match ? decodeURIComponent(match[1]) : '';
      waiters.get(conversationId)?.();
      waiters.delete(conversationId);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, waiters };
}

async function directPost(baseUrl: string, connector: Connector, i: number): Promise<void> {
  const conversationId = `bench-${i}`;
  const replied = new Promise<void>((resolve) => connector.waiters.set(conversationId, resolve));
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m${i}`, channelId: 'emulator', serviceUrl: connector.url, text: `m${i}`,
      conversation: { id: conversationId }, from: { id: 'user', role: 'user' }, recipient: { id: 'bot', role: 'bot' },
    }),
  });
  if (res.status >= 300) throw new Error(`/api/messages answered ${res.status}`);
  await replied;
}

interface DirectLineConversation {
  viaWebSocket(i: number): Promise<void>;
  viaPolling(i: number): Promise<void>;
}

async function withConversation<T>(baseUrl: string, run: (c: DirectLineConversation) => Promise<T>): Promise<T> {
  const dl = `${baseUrl}/v3/directline`;
  const generated = (await (await fetch(`${dl}/tokens/generate`, { method: 'POST' })).json()) as { token: string };
  const started = (await (await fetch(`${dl}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${generated.token}` } })).json()) as {
    conversationId: string; token: string; streamUrl: string;
  };
  const auth = { Authorization: `Bearer ${started.token}`, 'Content-Type': 'application/json' };
  const ws = new WebSocket(started.streamUrl);
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  const replyWaiters = new Map<string, () => void>();
  ws.on('message', (data) => {
    for (const a of (JSON.parse(String(data)) as { activities: { replyToId?: string }[] }).activities) {
      if (a.replyToId) replyWaiters.get(a.replyToId)?.();
    }
  });
  let watermark = '';
  const post = async (i: number): Promise<string> => {
    const res = await fetch(`${dl}/conversations/${started.conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', text: `m${i}` }) });
    if (res.status !== 200) throw new Error(`Direct Line post answered ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  };
  try {
    return await run({
      async viaWebSocket(i) {
        let resolveReply = () => undefined as void;
        const replied = new Promise<void>((resolve) => { resolveReply = resolve; });
        const id = await post(i);
        replyWaiters.set(id, resolveReply);
        await replied;
        replyWaiters.delete(id);
      },
      async viaPolling(i) {
        const id = await post(i);
        for (;;) {
          const page = (await (await fetch(`${dl}/conversations/${started.conversationId}/activities?watermark=${watermark}`, { headers: auth })).json()) as {
            activities: { replyToId?: string }[]; watermark: string;
          };
          watermark = page.watermark;
          if (page.activities.some((a) => a.replyToId === id)) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
    });
  } finally {
    ws.close();
  }
}
