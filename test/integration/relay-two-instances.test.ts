import { Redis } from 'ioredis';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { silentLogger } from '../../src/log';
import { ConnectorServer } from '../support/connector-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { localePattern, t } from '../support/bot-harness';

/**
 * Two bot instances share one real Redis. The user talks to instance B (Emulator protocol, a local
 * connector server stands in for the channel service); the staff member works on instance A. Claims,
 * replies and close made on A reach the user through the adapter's continueConversationAsync with the
 * reference stored in Redis; the user's words reach A's case transcript.
 */
const PSY = 'psy-token-0123456789abcdef';
let redis: RedisServerHandle;
let a: App;
let b: App;
let urlA: string;
let urlB: string;
let connector: ConnectorServer;
const prefix = testPrefix();

beforeAll(async () => {
  redis = await startRedisServer();
  connector = new ConnectorServer();
  await connector.start();
  const config = loadConfig({ PORT: '0', REDIS_URL: redis.url, REDIS_PREFIX: prefix, STAFF_TOKENS: `alice:psychologist:${PSY}`, LOG_LEVEL: 'error' });
  a = await createApp(config, { log: silentLogger, waitingRoomIntervalMs: 0 });
  b = await createApp(config, { log: silentLogger, waitingRoomIntervalMs: 0 });
  urlA = await a.listen(0, '127.0.0.1');
  urlB = await b.listen(0, '127.0.0.1');
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  const client = new Redis(redis.url);
  await deleteKeys(client, prefix);
  client.disconnect();
  await connector.stop();
  await redis.dispose();
});

let seq = 0;
async function userSays(conversationId: string, text: string): Promise<void> {
  seq += 1;
  const res = await fetch(`${urlB}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `m${seq}`, channelId: 'emulator', serviceUrl: connector.url, locale: 'fr-FR', text,
      conversation: { id: conversationId }, from: { id: 'teen-1', role: 'user' }, recipient: { id: 'bot', role: 'bot' },
    }),
  });
  expect(res.status).toBeLessThan(300);
}

async function staff(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${urlA}/api/staff${path}`, {
    method, headers: { authorization: `Bearer ${PSY}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const userSaw = (id: string, pattern: RegExp) => connector.waitFor(() => connector.for(id).some((x) => x.type === 'message' && pattern.test(x.text ?? '')));

test('queue on B, claim/reply/close on A: every word arrives, crisis during the relay escalates', async () => {
  const id = 'conv-relay-1';
  await userSays(id, "quelqu'un a créé un faux compte tiktok à mon nom j'ai 16 ans");
  await userSays(id, 'je veux parler à un psy');
  await userSays(id, 'oui');
  await userSays(id, 'oui');
  await userSaw(id, localePattern('handoff.queued', 'fr'));

  const list = await staff('GET', '/cases?queue=psychologist&status=waiting');
  const cases = list.json.cases as { id: string; conversationId: string }[];
  const mine = cases.find((c) => c.conversationId === id)!;
  expect(mine).toBeDefined();

  expect((await staff('POST', `/cases/${mine.id}/claim`)).status).toBe(200);
  await userSaw(id, localePattern('handoff.notice.claimed', 'fr'));

  expect((await staff('POST', `/cases/${mine.id}/messages`, { text: 'Bonjour, je suis là.' })).status).toBe(200);
  await userSaw(id, /alice : Bonjour, je suis là\./);

  const before = connector.for(id).length;
  await userSays(id, 'merci beaucoup');
  expect(connector.for(id).length).toBe(before); // the bot stays quiet during the relay
  const detail = await staff('GET', `/cases/${mine.id}`);
  expect((detail.json.transcript as { from: string; text: string }[]).some((e) => e.from === 'user' && e.text === 'merci beaucoup')).toBe(true);

  await userSays(id, "j'ai envie de mourir");
  await userSaw(id, localePattern('crisis.intro', 'fr'));
  const raised = await staff('GET', `/cases/${mine.id}`);
  expect(raised.json).toMatchObject({ priority: 'emergency', crisis: true, status: 'claimed' });

  expect((await staff('POST', `/cases/${mine.id}/close`, { outcome: 'resolved' })).status).toBe(200);
  await userSaw(id, localePattern('handoff.notice.closed', 'fr'));

  // the bot takes the conversation back
  await userSays(id, 'ils ont recommencé avec un autre faux compte insta');
  await userSaw(id, localePattern('triage.understood.identity_theft', 'fr'));
  void t;
}, 60_000);
