import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** What we keep about a Direct Line conversation besides its activities. */
export const conversationMetaSchema = z.object({
  conversationId: z.string(),
  userId: z.string(),
  locale: z.string().optional(),
  createdAt: z.string(),
});
export type ConversationMeta = z.infer<typeof conversationMetaSchema>;

/** An activity as stored and served to the client; `id` is derived from its position. */
export type StoredActivity = Partial<Activity> & { type: string };

/** Activities read back from a store are checked for the one field the protocol needs. */
export const storedActivitySchema = z.looseObject({ type: z.string() });

export interface ActivityPage {
  activities: StoredActivity[];
  /** Position after the last activity returned: pass it back to get only newer ones. */
  watermark: string;
}

/**
 * Direct Line conversations and their activity lists. The watermark is the index in the list,
 * so the activity at index i has id `<conversationId>|<i padded to 7>`.
 */
export interface ConversationStore {
  /** Creates the conversation; false when it already exists. */
  create(meta: ConversationMeta): Promise<boolean>;
  get(conversationId: string): Promise<ConversationMeta | undefined>;
  /** Appends and returns the new activity's id. Refreshes the conversation's TTL. */
  append(conversationId: string, activity: StoredActivity): Promise<string>;
  /** Activities from `watermark` (an index; empty or invalid means 0). */
  list(conversationId: string, watermark: string | undefined): Promise<ActivityPage>;
  /** Replaces an activity (connector UpdateActivity); false when the id is not in this conversation. */
  replace(conversationId: string, activityId: string, activity: StoredActivity): Promise<boolean>;
  /** Called after each append in this process (and, in Redis mode, polled for other instances' appends). */
  subscribe(conversationId: string, listener: () => void): () => void;
  close(): Promise<void>;
}

export function activityId(conversationId: string, index: number): string {
  return `${conversationId}|${String(index).padStart(7, '0')}`;
}

/** The index encoded in an activity id of this conversation, or undefined. */
export function indexOfActivityId(conversationId: string, id: string): number | undefined {
  const prefix = `${conversationId}|`;
  if (!id.startsWith(prefix)) return undefined;
  const index = Number(id.slice(prefix.length));
  return Number.isInteger(index) && index >= 0 ? index : undefined;
}

export function parseWatermark(watermark: string | undefined): number {
  const n = Number(watermark);
  return watermark && Number.isInteger(n) && n >= 0 ? n : 0;
}
