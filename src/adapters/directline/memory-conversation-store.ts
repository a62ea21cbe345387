import { EventEmitter } from 'node:events';
import {
  activityId,
  indexOfActivityId,
  parseWatermark,
  type ActivityPage,
  type ConversationMeta,
  type ConversationStore,
  type StoredActivity,
} from './conversation-store';

interface Entry {
  meta: ConversationMeta;
  activities: StoredActivity[];
  expiresAt: number;
}

/** Embedded mode: conversations live in this process and expire after `ttlSeconds` without activity. */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, Entry>();
  private readonly events = new EventEmitter();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly ttlSeconds: number, private readonly now: () => number = () => Date.now()) {
    this.events.setMaxListeners(0);
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async create(meta: ConversationMeta): Promise<boolean> {
    if (this.live(meta.conversationId)) return false;
    this.conversations.set(meta.conversationId, { meta, activities: [], expiresAt: this.expiry() });
    return true;
  }

  async get(conversationId: string): Promise<ConversationMeta | undefined> {
    return this.live(conversationId)?.meta;
  }

  async append(conversationId: string, activity: StoredActivity): Promise<string> {
    const entry = this.live(conversationId);
    if (!entry) throw new RangeError(`Direct Line conversation ${conversationId} does not exist`);
    const id = activityId(conversationId, entry.activities.length);
    entry.activities.push({ ...activity, id });
    entry.expiresAt = this.expiry();
    this.events.emit(conversationId);
    return id;
  }

  async list(conversationId: string, watermark: string | undefined): Promise<ActivityPage> {
    const activities = this.live(conversationId)?.activities ?? [];
    const from = Math.min(parseWatermark(watermark), activities.length);
    return { activities: activities.slice(from), watermark: String(activities.length) };
  }

  async replace(conversationId: string, id: string, activity: StoredActivity): Promise<boolean> {
    const entry = this.live(conversationId);
    const index = indexOfActivityId(conversationId, id);
    if (!entry || index === undefined || index >= entry.activities.length) return false;
    entry.activities[index] = { ...activity, id };
    return true;
  }

  subscribe(conversationId: string, listener: () => void): () => void {
    this.events.on(conversationId, listener);
    return () => this.events.off(conversationId, listener);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.events.removeAllListeners();
  }

  private live(conversationId: string): Entry | undefined {
    const entry = this.conversations.get(conversationId);
    if (entry && entry.expiresAt <= this.now()) {
      this.conversations.delete(conversationId);
      return undefined;
    }
    return entry;
  }

  private expiry(): number {
    return this.now() + this.ttlSeconds * 1000;
  }

  private sweep(): void {
    for (const id of this.conversations.keys()) this.live(id);
  }
}
