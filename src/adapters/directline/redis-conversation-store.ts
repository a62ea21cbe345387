import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Keys } from '../../queue/keys';
import {
  activityId,
  conversationMetaSchema,
  indexOfActivityId,
  parseWatermark,
  storedActivitySchema,
  type ActivityPage,
  type ConversationMeta,
  type ConversationStore,
  type StoredActivity,
} from './conversation-store';

export interface RedisConversationStoreOptions {
  ttlSeconds: number;
  /** How often a subscriber checks for activities appended by other instances. @default 1000 */
  pollMs?: number;
}

/**
 * Redis mode: `directline:<id>` holds the conversation (JSON, SET NX) and `directline:<id>:activities`
 * a list; RPUSH's returned length gives the index atomically, so any instance can serve any conversation.
 * Both keys expire `ttlSeconds` after the last append.
 */
export class RedisConversationStore implements ConversationStore {
  private readonly events = new EventEmitter();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly redis: Redis, private readonly keys: Keys, private readonly options: RedisConversationStoreOptions) {
    this.events.setMaxListeners(0);
  }

  async create(meta: ConversationMeta): Promise<boolean> {
    const ok = await this.redis.set(this.keys.directline(meta.conversationId), JSON.stringify(meta), 'EX', this.options.ttlSeconds, 'NX');
    return ok === 'OK';
  }

  async get(conversationId: string): Promise<ConversationMeta | undefined> {
    const raw = await this.redis.get(this.keys.directline(conversationId));
    return raw === null ? undefined : conversationMetaSchema.parse(JSON.parse(raw));
  }

  async append(conversationId: string, activity: StoredActivity): Promise<string> {
    const { id: _ignored, ...rest } = activity;
    const listKey = this.keys.directlineActivities(conversationId);
    const results = await this.redis
      .multi()
      .rpush(listKey, JSON.stringify(rest))
      .expire(listKey, this.options.ttlSeconds)
      .expire(this.keys.directline(conversationId), this.options.ttlSeconds)
      .exec();
    const length = results?.[0]?.[1];
    if (typeof length !== 'number') throw new Error(`RPUSH on Direct Line conversation ${conversationId} failed`, { cause: results?.[0]?.[0] });
    this.events.emit(conversationId);
    return activityId(conversationId, length - 1);
  }

  async list(conversationId: string, watermark: string | undefined): Promise<ActivityPage> {
    const from = parseWatermark(watermark);
    const raw = await this.redis.lrange(this.keys.directlineActivities(conversationId), from, -1);
    const activities = raw.map((json, i) => ({ ...storedActivitySchema.parse(JSON.parse(json)), id: activityId(conversationId, from + i) }) as StoredActivity);
    const total = raw.length > 0 ? from + raw.length : await this.redis.llen(this.keys.directlineActivities(conversationId));
    return { activities, watermark: String(total) };
  }

  async replace(conversationId: string, id: string, activity: StoredActivity): Promise<boolean> {
    const index = indexOfActivityId(conversationId, id);
    const listKey = this.keys.directlineActivities(conversationId);
    if (index === undefined || index >= (await this.redis.llen(listKey))) return false;
    const { id: _ignored, ...rest } = activity;
    await this.redis.lset(listKey, index, JSON.stringify(rest));
    return true;
  }

  subscribe(conversationId: string, listener: () => void): () => void {
    this.events.on(conversationId, listener);
    // Appends made by other instances are seen by polling the list length. The first reading also
    // notifies: an append may have landed between the subscriber's own read and this subscription.
    let known = -1;
    const timer = setInterval(() => {
      this.redis.llen(this.keys.directlineActivities(conversationId)).then(
        (length) => {
          if (length !== known) listener();
          known = length;
        },
        () => undefined, // Redis down: the next tick retries; the HTTP routes report the outage.
      );
    }, this.options.pollMs ?? 1000);
    timer.unref();
    this.timers.add(timer);
    return () => {
      this.events.off(conversationId, listener);
      clearInterval(timer);
      this.timers.delete(timer);
    };
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.clear();
    this.events.removeAllListeners();
  }
}
