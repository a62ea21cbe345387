import { Redis } from 'ioredis';
import type { Logger } from '../log';

/**
 * One Redis connection for the app. Commands fail fast while Redis is down (one retry), so a turn
 * can tell the user kindly instead of hanging; the client reconnects by itself with backoff.
 */
export function createRedisClient(url: string, log: Logger): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 3000),
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (!down) log.warn('redis connection error', { err: err.message });
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('redis connection restored');
    down = false;
  });
  return redis;
}

/** null when Redis answers PING within the timeout, else a short reason. */
export async function redisHealth(redis: Redis, timeoutMs = 1000): Promise<string | null> {
  if (redis.status !== 'ready') return `redis is ${redis.status}`;
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('redis did not answer PING in time'), timeoutMs).unref());
  const ping = redis.ping().then(() => null, (err: Error) => `redis error: ${err.message}`);
  return Promise.race([ping, timeout]);
}
