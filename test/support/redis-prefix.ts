import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A fresh key prefix per test, so suites never see each other's keys. */
export function testPrefix(): string {
  return `rempart-test-${randomUUID()}:`;
}

/** Deletes every key under `prefix` with SCAN (never KEYS). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
