import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { CaseEvent } from '../../src/queue/case';
import { StoreUnavailableError } from '../../src/queue/errors';
import { createKeys } from '../../src/queue/keys';
import { RedisCaseStore } from '../../src/queue/redis-case-store';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { testPrefix } from '../support/redis-prefix';
import { newCase } from './case-store.contract';

const root = join(__dirname, '..', '..');

function connect(server: RedisServerHandle): Redis {
  return new Redis(server.url, { maxRetriesPerRequest: 1, retryStrategy: (times) => Math.min(50 * times, 500) });
}

function once(redis: Redis, event: string): Promise<void> {
  return new Promise((resolve) => redis.once(event, () => resolve()));
}

/** A bot-like child process that queues cases, says how many, then waits to be killed. */
const childScript = `
const { Redis } = require('ioredis');
const { RedisCaseStore } = require('./src/queue/redis-case-store');
const { createKeys } = require('./src/queue/keys');
const [url, prefix] = process.argv.slice(1);
const store = new RedisCaseStore({ redis: new Redis(url), keys: createKeys(prefix) });
(async () => {
  const now = new Date().toISOString();
  for (let i = 0; i < 5; i += 1) {
    await store.enqueue({
      case: { id: 'c_kill' + i, queue: i % 2 ? 'jurist' : 'psychologist', status: 'waiting', priority: 'normal', situation: 'threats',
        crisis: false, persona: 'adult', language: 'en', channel: 'webchat', conversationId: 'conv-kill' + i,
        createdAt: now, updatedAt: now, summary: 's', consentToShare: false },
      reference: { channelId: 'webchat', conversation: { id: 'conv-kill' + i } }, transcript: [],
    });
  }
  process.stdout.write('queued 5\\n');
  setInterval(() => undefined, 1000);
})();
`;

/** Undone after each test, even a failing one, so jest never hangs on an open connection. */
let cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const undo of cleanups.reverse()) await undo().catch(() => undefined);
  cleanups = [];
});

describe('RedisCaseStore resilience', () => {
  test('kill -9 of the process that queued cases leaves every waiting case in Redis', async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.dispose());
    const prefix = testPrefix();
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', childScript, server.url, prefix], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    cleanups.push(async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('queued 5')) resolve(); });
      child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const redis = connect(server);
    cleanups.push(() => redis.quit());
    const fresh = new RedisCaseStore({ redis, keys: createKeys(prefix) });
    const waiting = await fresh.list({ status: 'waiting' });
    expect(waiting.map((c) => c.id).sort()).toEqual(['c_kill0', 'c_kill1', 'c_kill2', 'c_kill3', 'c_kill4']);
    expect(await fresh.reference('c_kill3')).toEqual({ channelId: 'webchat', conversation: { id: 'conv-kill3' } });
  }, 30_000);

  test('a Redis restart with AOF loses no case; calls fail fast while it is down; the client and the event reader come back by themselves', async () => {
    const server = await startRedisServer({ appendonly: true });
    cleanups.push(() => server.dispose());
    const keys = createKeys(testPrefix());
    const redis = connect(server);
    cleanups.push(async () => redis.disconnect());
    const store = new RedisCaseStore({ redis, keys, commandTimeoutMs: 1000 });
    cleanups.push(() => store.dispose());
    const events: CaseEvent[] = [];
    let onEvent: (e: CaseEvent) => void = () => undefined;
    store.subscribe((e) => { events.push(e); onEvent(e); });
    await store.eventsReady();

    const waiting = (await store.enqueue(newCase())).case;
    const claimed = (await store.enqueue(newCase({ queue: 'jurist' }))).case;
    await store.claim(claimed.id, 'bob', new Date());
    await store.appendTranscript(claimed.id, { at: new Date().toISOString(), from: 'user', text: 'hello' }, 'user');

    const closed = once(redis, 'close');
    await server.stop();
    await closed;
    const started = Date.now();
    await expect(store.claim(waiting.id, 'alice', new Date())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.list({})).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.ping()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);

    const ready = once(redis, 'ready');
    await server.restart();
    await ready;
    expect(await store.get(waiting.id)).toMatchObject({ status: 'waiting' });
    expect(await store.get(claimed.id)).toMatchObject({ status: 'claimed', claimedBy: 'bob' });
    expect((await store.transcript(claimed.id)).map((e) => e.text)).toEqual(['ils se moquent de moi', 'hello']);
    expect((await store.list({})).map((c) => c.id)).toEqual([waiting.id, claimed.id]);

    const delivered = new Promise<CaseEvent>((resolve) => { onEvent = (e) => { if (e.type === 'case.claimed' && e.caseId === waiting.id) resolve(e); }; });
    await store.claim(waiting.id, 'alice', new Date());
    expect((await delivered).actor).toBe('alice');
    expect(events.filter((e) => e.type === 'case.queued')).toHaveLength(2);
  }, 30_000);
});
