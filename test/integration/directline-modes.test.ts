/**
 * The embedded Direct Line in Redis mode (a real redis-server: two server instances share conversations)
 * and with a MicrosoftAppId set (Azure is faked: a made-up app id and password, nothing calls Azure).
 */
import { connect, generateToken, isBotMessage, sessionOf } from './directline-client';
import { Redis } from 'ioredis';
import { startHarness, WELCOME, type Harness } from './directline-harness';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';
import { createKeys } from '../../src/queue/keys';

describe('Redis mode', () => {
  let redisServer: RedisServerHandle;
  let redis: Redis;
  let a: Harness;
  let b: Harness;
  const prefix = testPrefix();

  beforeAll(async () => {
    redisServer = await startRedisServer();
    redis = new Redis(redisServer.url);
    a = await startHarness({ redisUrl: redisServer.url, prefix });
    b = await startHarness({ redisUrl: redisServer.url, prefix });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await deleteKeys(redis, prefix);
    await redis.quit();
    await redisServer?.dispose();
  });

  test('a conversation started on one instance is served by another, from Redis keys with a TTL', async () => {
    const t = await generateToken(a.baseUrl);
    const client = connect(a.baseUrl, { token: t.token, webSocket: false });
    try {
      const id = await client.post({ type: 'message', text: 'redis', from: { id: 'u' } });
      await client.waitFor((x) => isBotMessage(x) && x.replyToId === id);
    } finally {
      client.close();
    }
    const keys = createKeys(prefix);
    expect(await redis.ttl(keys.directlineActivities(t.conversationId))).toBeGreaterThan(0);
    expect(await redis.ttl(keys.directline(t.conversationId))).toBeGreaterThan(0);
    const res = await fetch(`${b.baseUrl}/v3/directline/conversations/${t.conversationId}/activities`, { headers: { Authorization: `Bearer ${t.token}` } });
    const body = (await res.json()) as { activities: { text?: string; id: string }[]; watermark: string };
    expect(body.activities.map((x) => x.text)).toEqual([WELCOME, 'redis', 'echo: redis']);
    expect(body.activities[2].id).toBe(`${t.conversationId}|0000002`);
    expect(body.watermark).toBe('3');
  });

  test('the WebSocket on one instance sees a reply appended through the other', async () => {
    const t = await generateToken(a.baseUrl);
    const client = connect(a.baseUrl, { token: t.token, webSocket: true });
    try {
      await client.waitFor((x) => isBotMessage(x) && x.text === WELCOME);
      // A staff reply sent by instance b (continueConversationAsync to b's serviceUrl).
      const reference = { channelId: 'directline', serviceUrl: b.baseUrl, conversation: { id: t.conversationId, isGroup: false, conversationType: 'personal', name: '' }, user: { id: t.userId, name: '' }, bot: { id: 'rempart-bot', name: 'Rempart' } };
      await b.adapter.continueConversationAsync('', reference, async (ctx) => {
        await ctx.sendActivity('from instance b');
      });
      await client.waitFor((x) => isBotMessage(x) && x.text === 'from instance b', 5000);
    } finally {
      client.close();
    }
  });
});

describe('with MicrosoftAppId set (Azure faked)', () => {
  let app: Harness;
  beforeAll(async () => {
    app = await startHarness({ appId: '00000000-0000-0000-0000-00000000fake' });
  });
  afterAll(async () => app?.close());

  test('widget turns still reach the bot and its replies come back, with no Azure token', async () => {
    const client = connect(app.baseUrl, { token: (await generateToken(app.baseUrl)).token, webSocket: false });
    try {
      await client.waitFor((x) => isBotMessage(x) && x.text === WELCOME);
      const id = await client.post({ type: 'message', text: 'appid', from: { id: 'u' } });
      await client.waitFor((x) => isBotMessage(x) && x.replyToId === id);
    } finally {
      client.close();
    }
  });

  test('connector routes refuse calls without this process key', async () => {
    const t = await generateToken(app.baseUrl);
    const start = await fetch(`${app.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${t.token}` } });
    expect(start.status).toBe(201);
    const res = await fetch(`${app.baseUrl}/v3/conversations/${t.conversationId}/activities`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'forged' }),
    });
    expect(res.status).toBe(403);
    const keyed = await fetch(`${app.baseUrl}/v3/conversations/${t.conversationId}/activities`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'x-rempart-connector-key': app.directLine.gate.key }, body: JSON.stringify({ type: 'message', text: 'ours' }),
    });
    expect(keyed.status).toBe(200);
  });
});
