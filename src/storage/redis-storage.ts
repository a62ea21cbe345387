import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis, Result } from 'ioredis';
import type { Keys } from '../queue/keys';
import { createCommandGuard, type RedisCommand } from '../queue/redis-command-guard';
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
  /** A read or write not answered by then fails with StoreUnavailableError (the user is told kindly). @default 2000 */
  commandTimeoutMs?: number;
}

/**
 * botbuilder Storage on Redis: one hash per item (etag, doc), optimistic concurrency on eTag so that
 * several bot instances can share one Redis, and a TTL so that idle conversations are forgotten.
 */
export class RedisStorage implements Storage {
  private readonly redis: Redis;
  private readonly run: RedisCommand;
  constructor(private readonly options: RedisStorageOptions) {
    this.redis = options.redis;
    // Fail fast while Redis is down rather than keep a worried user waiting on a retry queue.
    this.run = createCommandGuard(options.redis, options.commandTimeoutMs ?? 2000);
    if (typeof (this.redis as Partial<Redis>).rempartWriteItem !== 'function') {
      this.redis.defineCommand('rempartWriteItem', { numberOfKeys: 1, lua: writeItemLua });
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const values = await this.run(async (redis) => {
      const pipeline = redis.pipeline();
      for (const key of keys) pipeline.hmget(this.options.keys.state(key), 'etag', 'doc');
      // Errors of a pipeline come back per command: raise them inside the guard so they map to store_unavailable.
      return ((await pipeline.exec()) ?? []).map(([err, value]) => {
        if (err) throw err;
        return value as [string | null, string | null];
      });
    });
    const items: StoreItems = {};
    values.forEach(([etag, doc], i) => {
      if (doc !== null) items[keys[i]] = { ...(JSON.parse(doc) as object), eTag: etag ?? '*' };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...doc } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      const result = await this.run((redis) => redis.rempartWriteItem(this.options.keys.state(key), eTag ?? '*', randomUUID(), JSON.stringify(doc), this.options.ttlSeconds));
      if (result === -1) throw new StorageConflictError(`Storage item ${key} was changed by another instance (eTag ${eTag})`);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run((redis) => redis.del(...keys.map((k) => this.options.keys.state(k))));
  }
}
