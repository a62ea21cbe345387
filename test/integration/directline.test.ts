/**
 * The embedded Direct Line 3.0 driven by the official botframework-directlinejs client, against the
 * real server parts (restify, CloudAdapter, connector routes) on a free port, embedded stores, no app id,
 * with an echo bot (the dialogs' wording is not what is tested here).
 */
import { connect, generateToken, isBotMessage, sessionOf } from './directline-client';
import WebSocket from 'ws';
import type { Activity as BotActivity, TurnContext } from 'botbuilder';
import { HARNESS_SECRET, startHarness, WELCOME, type Harness } from './directline-harness';
import { TokenSigner } from '../../src/adapters/directline/token-signer';
import { DEFAULT_DIRECTLINE_LIMITS } from '../../src/adapters/directline';
import { tamper } from '../support/tamper';

const SECRET = HARNESS_SECRET;
let app: Harness;
let baseUrl: string;
const seenByBot: Partial<BotActivity>[] = [];

beforeAll(async () => {
  app = await startHarness();
  app.adapter.use(async (context: TurnContext, next) => {
    seenByBot.push(context.activity);
    await next();
  });
  baseUrl = app.baseUrl;
});
afterAll(async () => {
  await app.close();
});

const post = (path: string, token: string | undefined, body: unknown = {}) =>
  fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function startConversation() {
  const t = await generateToken(baseUrl);
  const res = await post('/v3/directline/conversations', t.token, { user: { id: 'ignored' }, locale: 'fr-FR' });
  expect(res.status).toBe(201);
  return { ...t, started: (await res.json()) as { conversationId: string; token: string; streamUrl: string; expires_in: number } };
}

const waitUntil = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

test('start: the bot gets a conversationUpdate with the bot and the token user, on channel directline, and greets', async () => {
  const client = connect(baseUrl, { token: (await generateToken(baseUrl)).token, webSocket: false });
  try {
    const welcome = await client.waitFor((a) => isBotMessage(a) && a.text === WELCOME);
    const conversationId = sessionOf(client.dl).conversationId;
    expect(welcome.conversation?.id).toBe(conversationId);
    const update = seenByBot.find((a) => a.type === 'conversationUpdate' && a.conversation?.id === conversationId);
    expect(update?.channelId).toBe('directline');
    expect(update?.membersAdded?.map((m) => m.id)).toEqual([update?.recipient?.id, update?.from?.id]);
    expect(update?.serviceUrl).toBe(baseUrl);
  } finally {
    client.close();
  }
});

test('send and receive by polling: echo keeps clientActivityID, the reply answers it, from.id comes from the token', async () => {
  const t = await generateToken(baseUrl);
  const client = connect(baseUrl, { token: t.token, webSocket: false });
  try {
    const id = await client.post({ type: 'message', text: 'salut', from: { id: 'someone-else', name: 'spoof' }, channelData: { clientActivityID: 'c-1' } });
    const echo = await client.waitFor((a) => a.id === id);
    expect(echo.from.id).toBe(t.userId);
    expect((echo.channelData as { clientActivityID?: string }).clientActivityID).toBe('c-1');
    const reply = await client.waitFor((a) => isBotMessage(a) && a.replyToId === id);
    expect(reply.conversation?.id).toBe(t.conversationId);
    const turn = seenByBot.find((a) => a.id === id);
    expect(turn?.from?.id).toBe(t.userId);
    expect(turn?.channelId).toBe('directline');
  } finally {
    client.close();
  }
});

test('watermark: GET activities returns only what came after it', async () => {
  const { token, conversationId } = await startConversation();
  const get = (w: string) =>
    fetch(`${baseUrl}/v3/directline/conversations/${conversationId}/activities?watermark=${w}`, { headers: { Authorization: `Bearer ${token}` } })
      .then((r) => r.json() as Promise<{ activities: { id: string; from: { role: string } }[]; watermark: string }>);
  const res = await post(`/v3/directline/conversations/${conversationId}/activities`, token, { type: 'message', text: 'un' });
  const { id } = (await res.json()) as { id: string };
  let all = await get('');
  const answered = () => all.activities.some((a) => (a as { replyToId?: string }).replyToId === id);
  for (let i = 0; i < 100 && !answered(); i++) {
    await new Promise((r) => setTimeout(r, 50));
    all = await get('');
  }
  expect(all.activities.map((a) => a.id)).toContain(id);
  expect(answered()).toBe(true);
  const after = await get(all.watermark);
  expect(after.activities).toEqual([]);
  expect(after.watermark).toBe(all.watermark);
  const fromOne = await get('1');
  expect(fromOne.activities.map((a) => a.id)).toEqual(all.activities.slice(1).map((a) => a.id));
});

test('WebSocket stream: directlinejs receives the echo and the reply over the socket', async () => {
  const client = connect(baseUrl, { token: (await generateToken(baseUrl)).token, webSocket: true });
  try {
    const id = await client.post({ type: 'message', text: 'ws', from: { id: 'u' } });
    await client.waitFor((a) => isBotMessage(a) && a.replyToId === id);
    expect(client.errors).toEqual([]);
  } finally {
    client.close();
  }
});

test('WebSocket stream frames are {activities, watermark}, from the streamUrl watermark on', async () => {
  const { started, token } = await startConversation();
  await post(`/v3/directline/conversations/${started.conversationId}/activities`, token, { type: 'message', text: 'avant' });
  const ws = new WebSocket(started.streamUrl);
  const frames: { activities: { type: string; text?: string; from: { role: string } }[]; watermark: string }[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data))));
  try {
    await waitUntil(() => frames.flatMap((f) => f.activities).some((a) => a.text === 'echo: avant'));
    expect(frames.flatMap((f) => f.activities).map((a) => a.text)).toEqual(expect.arrayContaining([WELCOME, 'avant', 'echo: avant']));
    expect(Number(frames.at(-1)?.watermark)).toBe(frames.flatMap((f) => f.activities).length);
  } finally {
    ws.close();
  }
});

test('WebSocket with a foreign or tampered token is refused', async () => {
  const a = await startConversation();
  const b = await startConversation();
  const foreign = a.started.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(b.token)}`);
  const status = (url: string) => new Promise<number>((resolve) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => { ws.close(); resolve(101); });
    ws.on('error', () => undefined);
  });
  expect(await status(foreign)).toBe(403);
  expect(await status(a.started.streamUrl.replace(/t=([^&]+)/, 't=$1x'))).toBe(403);
});

test('token refresh: a new token for the same conversation that the old one can get', async () => {
  const { token, conversationId } = await startConversation();
  const res = await post('/v3/directline/tokens/refresh', token);
  expect(res.status).toBe(200);
  const refreshed = (await res.json()) as { token: string; conversationId: string; expires_in: number };
  expect(refreshed.conversationId).toBe(conversationId);
  expect(refreshed.token).not.toBe(token);
  expect(refreshed.expires_in).toBe(1800);
  const list = await fetch(`${baseUrl}/v3/directline/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${refreshed.token}` } });
  expect(list.status).toBe(200);
});

test('tampered, foreign, expired or missing token → 403; unknown conversation → 404', async () => {
  const a = await startConversation();
  const b = await startConversation();
  const path = `/v3/directline/conversations/${a.conversationId}/activities`;
  const msg = { type: 'message', text: 'x' };
  expect((await post(path, b.token, msg)).status).toBe(403);
  const [body, mac] = a.token.split('.');
  const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), conversationId: b.conversationId })).toString('base64url');
  expect((await post(`/v3/directline/conversations/${b.conversationId}/activities`, `${forged}.${mac}`, msg)).status).toBe(403);
  expect((await post(path, `${body}.${tamper(mac)}`, msg)).status).toBe(403);
  const expired = new TokenSigner(SECRET, 60, () => Date.now() - 120_000).issue(a.conversationId, a.userId).token;
  expect((await post(path, expired, msg)).status).toBe(403);
  expect((await post('/v3/directline/tokens/refresh', expired)).status).toBe(403);
  expect((await post(path, undefined, msg)).status).toBe(403);
  const neverStarted = await generateToken(baseUrl);
  const res = await post(`/v3/directline/conversations/${neverStarted.conversationId}/activities`, neverStarted.token, msg);
  expect(res.status).toBe(404);
  expect(((await res.json()) as { error: string }).error).toBe('conversation_not_found');
});

test('invalid activities: unknown type → 400, text over 10,000 characters → 413', async () => {
  const { token, conversationId } = await startConversation();
  const path = `/v3/directline/conversations/${conversationId}/activities`;
  expect((await post(path, token, { type: 'invoke', text: 'x' })).status).toBe(400);
  expect((await post(path, token, { type: 'message', text: 'a'.repeat(10_001) })).status).toBe(413);
  expect((await post(path, token, { type: 'message', text: 'a'.repeat(10_000) })).status).toBe(200);
});

test(`a flood of posts from one token → 429 with Retry-After (burst ${DEFAULT_DIRECTLINE_LIMITS.postBurst})`, async () => {
  const { token, conversationId } = await startConversation();
  const path = `/v3/directline/conversations/${conversationId}/activities`;
  const statuses: number[] = [];
  let retryAfter: string | null = null;
  for (let i = 0; i < DEFAULT_DIRECTLINE_LIMITS.postBurst + 5; i++) {
    const res = await post(path, token, { type: 'message', text: `m${i}` });
    statuses.push(res.status);
    if (res.status === 429) retryAfter = res.headers.get('retry-after');
  }
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(DEFAULT_DIRECTLINE_LIMITS.postBurst);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  // Another conversation is not affected.
  const other = await startConversation();
  expect((await post(`/v3/directline/conversations/${other.conversationId}/activities`, other.token, { type: 'message', text: 'ok' })).status).toBe(200);
});

test('reconnect after a reload: same conversation, only activities after the watermark', async () => {
  const first = connect(baseUrl, { token: (await generateToken(baseUrl)).token, webSocket: false });
  const firstId = await first.post({ type: 'message', text: 'avant', from: { id: 'u' } });
  await first.waitFor((a) => isBotMessage(a) && a.replyToId === firstId);
  const { conversationId, token, watermark } = sessionOf(first.dl);
  first.close();

  const second = connect(baseUrl, { token, conversationId, watermark, webSocket: false });
  try {
    const secondId = await second.post({ type: 'message', text: 'après', from: { id: 'u' } });
    await second.waitFor((a) => isBotMessage(a) && a.replyToId === secondId);
    expect(sessionOf(second.dl).conversationId).toBe(conversationId);
    expect(second.received.some((a) => a.id === firstId)).toBe(false);
  } finally {
    second.close();
  }
});

test('proactive messages (continueConversationAsync to our serviceUrl) land in the conversation', async () => {
  const { token, conversationId, userId } = await startConversation();
  const reference = { channelId: 'directline', serviceUrl: baseUrl, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' }, user: { id: userId, name: '' }, bot: { id: 'rempart-bot', name: 'Rempart' } };
  await app.adapter.continueConversationAsync('', reference, async (ctx) => {
    await ctx.sendActivity('message from staff');
  });
  const list = await fetch(`${baseUrl}/v3/directline/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await list.json()) as { activities: { text?: string; from: { role?: string } }[] };
  expect(body.activities.some((a) => a.text === 'message from staff')).toBe(true);
});

test('connector routes refuse conversations we did not create', async () => {
  const res = await post('/v3/conversations/not-ours/activities', undefined, { type: 'message', text: 'x' });
  expect(res.status).toBe(404);
});
