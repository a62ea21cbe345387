import { Redis } from 'ioredis';
import type { Storage } from 'botbuilder';
import { createKeys } from '../../src/queue/keys';
import { ExpiringMemoryStorage } from '../../src/storage/expiring-memory-storage';
import { RedisStorage } from '../../src/storage/redis-storage';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';

/** One contract, two stores: the embedded default and Redis (real redis-server). */
type Factory = { name: string; make: (ttlSeconds: number) => Promise<Storage> };

let server: RedisServerHandle;
const clients: Redis[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => {
  for (const c of clients) {
    for (const p of prefixes) await deleteKeys(c, p).catch(() => undefined);
    c.disconnect();
  }
  await server.dispose();
});

const factories: Factory[] = [
  { name: 'memory', make: async (ttl) => new ExpiringMemoryStorage(ttl) },
  {
    name: 'redis',
    make: async (ttl) => {
      const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
      clients.push(redis);
      const prefix = testPrefix();
      prefixes.push(prefix);
      return new RedisStorage({ redis, keys: createKeys(prefix), ttlSeconds: ttl });
    },
  },
];

describe.each(factories)('botbuilder Storage contract: $name', ({ make }) => {
  test('reads back what it wrote, with an eTag', async () => {
    const storage = await make(60);
    await storage.write({ a: { count: 1, nested: { x: 'é' } } });
    const items = await storage.read(['a', 'missing']);
    expect(items.a).toMatchObject({ count: 1, nested: { x: 'é' } });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  test('a stale eTag loses (two instances saving the same conversation)', async () => {
    const storage = await make(60);
    await storage.write({ c: { n: 0 } });
    const first = (await storage.read(['c'])).c;
    const second = (await storage.read(['c'])).c;
    await storage.write({ c: { ...first, n: 1 } });
    await expect(storage.write({ c: { ...second, n: 2 } })).rejects.toThrow();
    expect((await storage.read(['c'])).c.n).toBe(1);
  });

  test('eTag "*" writes unconditionally', async () => {
    const storage = await make(60);
    await storage.write({ d: { n: 1 } });
    await storage.write({ d: { n: 2, eTag: '*' } });
    expect((await storage.read(['d'])).d.n).toBe(2);
  });

  test('delete removes items', async () => {
    const storage = await make(60);
    await storage.write({ e: { n: 1 }, f: { n: 2 } });
    await storage.delete(['e']);
    const items = await storage.read(['e', 'f']);
    expect(items.e).toBeUndefined();
    expect(items.f.n).toBe(2);
  });
});

test('redis storage sets a TTL on conversation state, under REDIS_PREFIX', async () => {
  const redis = new Redis(server.url);
  clients.push(redis);
  const prefix = testPrefix();
  prefixes.push(prefix);
  const storage = new RedisStorage({ redis, keys: createKeys(prefix), ttlSeconds: 120 });
  await storage.write({ 'webchat/conversations/abc': { n: 1 } });
  const ttl = await redis.ttl(`${prefix}state:webchat/conversations/abc`);
  expect(ttl).toBeGreaterThan(100);
  expect(ttl).toBeLessThanOrEqual(120);
});

test('memory storage forgets idle state after its TTL', async () => {
  let now = 1_000_000;
  const storage = new ExpiringMemoryStorage(60, () => now);
  await storage.write({ g: { n: 1 } });
  now += 59_000;
  expect((await storage.read(['g'])).g).toBeDefined();
  now += 2_000;
  expect((await storage.read(['g'])).g).toBeUndefined();
});

test('redis storage fails fast with store_unavailable while Redis is down (the user is told kindly)', async () => {
  const own = await startRedisServer();
  const redis = new Redis(own.url, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  redis.on('error', () => undefined);
  const storage = new RedisStorage({ redis, keys: createKeys(testPrefix()), ttlSeconds: 60, commandTimeoutMs: 500 });
  await storage.write({ h: { n: 1 } });
  await own.stop();
  await expect(storage.read(['h'])).rejects.toMatchObject({ code: 'store_unavailable' });
  await expect(storage.write({ h: { n: 2 } })).rejects.toMatchObject({ code: 'store_unavailable' });
  redis.disconnect();
  await own.dispose();
});
