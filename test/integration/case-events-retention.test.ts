import { Redis } from 'ioredis';
import { createKeys } from '../../src/queue/keys';
import { RedisCaseStore } from '../../src/queue/redis-case-store';
import { newCase } from './case-store.contract';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { deleteKeys, testPrefix } from '../support/redis-prefix';

/** case.message events carry the user's words: the stream forgets them after a day, full or not. */
let server: RedisServerHandle;
let redis: Redis;
const prefix = testPrefix();

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
});
afterAll(async () => {
  await deleteKeys(redis, prefix);
  redis.disconnect();
  await server.dispose();
});

test('appending words trims events older than eventsMaxAgeSeconds', async () => {
  const keys = createKeys(prefix);
  const store = new RedisCaseStore({ redis, keys, eventsMaxAgeSeconds: 3600 });
  // an event from two days ago (stream ids are milliseconds)
  const old = `${Date.now() - 2 * 86_400_000}-0`;
  await redis.xadd(keys.events(), old, 'type', 'case.message', 'caseId', 'c_old', 'entry', '{"text":"old words"}');
  const { case: c } = await store.enqueue(newCase({ conversationId: 'conv-retention' }));
  await store.appendTranscript(c.id, { at: new Date().toISOString(), from: 'user', text: 'new words' }, 'user');
  const ids = (await redis.xrange(keys.events(), '-', '+')).map(([id]) => id);
  expect(ids).not.toContain(old);
  expect(ids.length).toBeGreaterThanOrEqual(2); // case.queued and case.message remain
  await store.dispose();
});
