import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { ConnectorServer } from '../support/connector-server';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';

/**
 * The server started as `npm start` starts it, driven over HTTP like a channel: the Emulator's
 * conversation protocol, with a local connector server standing in for the channel service.
 */
const root = join(__dirname, '..', '..');
let app: AppProcess;
let connector: ConnectorServer;

beforeAll(async () => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  connector = new ConnectorServer();
  await connector.start();
  app = await startAppProcess({});
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await connector?.stop();
});

let seq = 0;
function activity(conversationId: string, extra: Record<string, unknown>) {
  seq += 1;
  return {
    type: 'message', id: `act-${seq}`, channelId: 'emulator', serviceUrl: connector.url, locale: 'fr-FR',
    timestamp: new Date().toISOString(), conversation: { id: conversationId }, from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot', name: 'Rempart', role: 'bot' }, ...extra,
  };
}

async function post(body: unknown, raw = false): Promise<Response> {
  return fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ? String(body) : JSON.stringify(body) });
}

test('first log lines say the stores are embedded', () => {
  expect(app.logs.slice(0, 3).join('\n')).toMatch(/embedded in-process memory/);
});

test('GET /healthz', async () => {
  const res = await fetch(`${app.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', storage: 'memory' });
});

test('a conversation over HTTP: welcome on join, triage, trace', async () => {
  const id = 'conv-http-1';
  const join = await post(activity(id, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] }));
  expect(join.status).toBeLessThan(300);
  await connector.waitFor(() => connector.for(id).some((a) => a.type === 'message'));
  const res = await post(activity(id, { text: 'ils ont balancé mes nudes sur snap jsuis grv mal' }));
  expect(res.status).toBeLessThan(300);
  await connector.waitFor(() => connector.for(id).some((a) => a.type === 'trace' && a.name === 'triage'));
  const trace = connector.for(id).find((a) => a.name === 'triage');
  expect(trace?.value).toMatchObject({ situation: 'revenge_porn', language: 'fr' });
});

test('malformed JSON → 400, wrong shapes → 400, the process stays up', async () => {
  expect((await post('{"type": "message", ', true)).status).toBe(400);
  expect((await post([1, 2, 3])).status).toBe(400);
  expect((await post({ text: 'no type' })).status).toBe(400);
  // activities missing what a turn needs, or with wrong types, are refused before any turn runs
  const base = activity('conv-malformed', { text: 'hi' }) as Record<string, unknown>;
  for (const broken of [
    { ...base, channelId: undefined },
    { ...base, conversation: undefined },
    { ...base, conversation: 'not-an-object' },
    { ...base, from: 'user' },
    { ...base, text: 12345 },
    { ...base, type: 'conversationUpdate', membersAdded: 'nope' },
    { ...base, attachments: 'x' },
  ]) {
    const res = await post(broken);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_input' });
  }
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
});

test('a serviceUrl that is not loopback or allowed → 403 (no request forgery)', async () => {
  const res = await post({ ...activity('conv-ssrf', { text: 'hi' }), serviceUrl: 'http://169.254.169.254/latest/meta-data' });
  expect(res.status).toBe(403);
});

test.each([
  ['empty', ''],
  ['200k characters', 'a'.repeat(200_000)],
  ['null bytes', 'bon\u0000jour\u0000'],
  ['emoji only', '😡😡😡🤬'],
])('%s message → a polite answer, never a 5xx', async (_name, text) => {
  const id = `conv-bad-${seq}`;
  const before = connector.for(id).length;
  const res = await post(activity(id, { text }));
  expect(res.status).toBeLessThan(500);
  await connector.waitFor(() => connector.for(id).filter((a) => a.type === 'message').length > before);
  const replies = connector.for(id).filter((a) => a.type === 'message').map((a) => a.text ?? '');
  expect(replies.join(' ')).not.toMatch(/Error|stack|undefined/);
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
});

describe('with Redis configured but down', () => {
  let redis: RedisServerHandle;
  let down: AppProcess;
  beforeAll(async () => {
    redis = await startRedisServer();
    down = await startAppProcess({ REDIS_URL: redis.url, REDIS_PREFIX: 'rempart-bb:' });
    await redis.stop();
  }, 60_000);
  afterAll(async () => {
    await down?.stop();
    await redis?.dispose();
  });

  test('/healthz is 503 with a reason, and the user gets a kind message, not a crash', async () => {
    const health = await fetch(`${down.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', storage: 'redis', reason: expect.any(String) });
    const id = 'conv-redis-down';
    const direct = await fetch(`${down.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(id, { text: 'on me harcèle sur insta' })) });
    expect(direct.status).toBeLessThan(500);
    await connector.waitFor(() => connector.for(id).some((a) => a.type === 'message'));
    expect(connector.for(id).filter((a) => a.type === 'message').map((a) => a.text).join(' ')).toMatch(/réessayez|Réessaie|try again/i);
  });

  test('the bot reconnects by itself when Redis is back', async () => {
    await redis.restart();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await fetch(`${down.url}/healthz`)).status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });
});

test('SIGTERM: graceful shutdown, exit code 0', async () => {
  const extra = await startAppProcess({});
  expect(await extra.stop('SIGTERM')).toBe(0);
});
