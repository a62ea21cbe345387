import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis, Result } from 'ioredis';
import type { Keys } from '../queue/keys';
import { StorageConflictError } from './errors';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    rempartWriteItem(key: string, expectedEtag: string, newEtag: string, doc: string, ttl: number): Result<number, Context>;
  }
}

const writeItemLua = readFileSync(join(__dirname, 'lua', 'write-item.lua'), 'utf8');

export interface RedisStorageOptions {
  redis: Redis;
  keys: Keys;
  /** Idle state expires after this many seconds (refreshed on every write). */
  ttlSeconds: number;
}

/**
 * botbuilder Storage on Redis: one hash per item (etag, doc), optimistic concurrency on eTag so that
 * several bot instances can share one Redis, and a TTL so that idle conversations are forgotten.
 */
export class RedisStorage implements Storage {
  private readonly redis: Redis;
  constructor(private readonly options: RedisStorageOptions) {
    this.redis = options.redis;
    if (typeof (this.redis as Partial<Redis>).rempartWriteItem !== 'function') {
      this.redis.defineCommand('rempartWriteItem', { numberOfKeys: 1, lua: writeItemLua });
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.hmget(this.options.keys.state(key), 'etag', 'doc');
    const results = (await pipeline.exec()) ?? [];
    const items: StoreItems = {};
    results.forEach(([err, value], i) => {
      if (err) throw err;
      const [etag, doc] = value as [string | null, string | null];
      if (doc !== null) items[keys[i]] = { ...(JSON.parse(doc) as object), eTag: etag ?? '*' };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...doc } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const result = await this.redis.rempartWriteItem(this.options.keys.state(key), eTag ?? '*', randomUUID(), JSON.stringify(doc), this.options.ttlSeconds);
      if (result === -1) throw new StorageConflictError(`Storage item ${key} was changed by another instance (eTag ${eTag})`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.redis.del(...keys.map((k) => this.options.keys.state(k)));
  }
}
