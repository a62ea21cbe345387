import { Redis } from 'ioredis';
import { createKeys } from '../../src/queue/keys';
import { RedisCaseStore } from '../../src/queue/redis-case-store';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';
import { caseStoreContract, newCase } from './case-store.contract';

let server: RedisServerHandle;
const clients: Redis[] = [];

function connect(): Redis {
  const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
  clients.push(redis);
  return redis;
}

beforeAll(async () => { server = await startRedisServer(); });
afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit()));
  await server.dispose();
});

// Two stores on two connections to one Redis: what two bot instances would be.
caseStoreContract('redis', async () => {
  const prefix = testPrefix();
  const keys = createKeys(prefix);
  const a = connect();
  const store = new RedisCaseStore({ redis: a, keys, transcriptMaxEntries: 5 });
  const twin = new RedisCaseStore({ redis: connect(), keys, transcriptMaxEntries: 5 });
  return {
    store, twin,
    async cleanup() {
      await store.dispose();
      await twin.dispose();
      await deleteKeys(a, prefix);
    },
  };
});

describe('RedisCaseStore retention and layout', () => {
  test('closing sets a TTL on the case, transcript, reference and index; open cases have none', async () => {
    const prefix = testPrefix();
    const keys = createKeys(prefix);
    const redis = connect();
    const store = new RedisCaseStore({ redis, keys, closedTtlSeconds: 3600 });
    const c = (await store.enqueue(newCase())).case;
    expect(await redis.ttl(keys.case(c.id))).toBe(-1);
    expect(await redis.ttl(keys.transcript(c.id))).toBe(-1);
    await store.close(c.id, 'resolved', 'alice', new Date());
    for (const key of [keys.case(c.id), keys.transcript(c.id), keys.reference(c.id), keys.transcriptIndex(c.conversationId)]) {
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(3500);
      expect(ttl).toBeLessThanOrEqual(3600);
    }
    expect(await redis.exists(keys.conversation(c.conversationId))).toBe(0);
    await deleteKeys(redis, prefix);
  });

  test('erasing a conversation removes its relayed words from the event stream', async () => {
    const prefix = testPrefix();
    const keys = createKeys(prefix);
    const redis = connect();
    const store = new RedisCaseStore({ redis, keys });
    const c = (await store.enqueue(newCase())).case;
    await store.appendTranscript(c.id, { at: new Date().toISOString(), from: 'user', text: 'secret words' }, 'user');
    await store.eraseConversation(c.conversationId, new Date());
    const raw = JSON.stringify(await redis.xrange(keys.events(), '-', '+'));
    expect(raw).not.toContain('secret words');
    expect(raw).toContain('case.cancelled');
    await deleteKeys(redis, prefix);
  });

  test('the events stream is capped (XADD MAXLEN ~)', async () => {
    const prefix = testPrefix();
    const keys = createKeys(prefix);
    const redis = connect();
    const store = new RedisCaseStore({ redis, keys, eventsMaxLen: 100 });
    const c = (await store.enqueue(newCase())).case;
    for (let i = 0; i < 400; i += 1) await store.appendTranscript(c.id, { at: new Date().toISOString(), from: 'user', text: `m${i}` }, 'user');
    const length = await redis.xlen(keys.events());
    expect(length).toBeLessThan(400);
    expect(length).toBeGreaterThanOrEqual(100);
    await deleteKeys(redis, prefix);
  });
});
