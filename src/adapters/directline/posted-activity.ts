import { z } from 'zod';
import { ActivityTooLargeError } from './errors';

/** Longest text accepted from a client; longer posts get 413 (the bot itself answers politely above MAX_MESSAGE_LENGTH). */
export const MAX_POSTED_TEXT = 10_000;

/**
 * What a client may send. Unknown fields are dropped; `from`, `id`, `conversation`, `channelId`,
 * `serviceUrl` and `recipient` are always set by the server, never taken from the body.
 */
export const postedActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(60).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  entities: z.array(z.looseObject({ type: z.string() })).max(10).optional(),
  channelData: z
    .object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(40).optional() })
    .optional(),
});
export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** Parses a posted body: zod errors become 400, text over MAX_POSTED_TEXT becomes 413. */
export function parsePostedActivity(body: unknown): PostedActivity {
  const activity = postedActivitySchema.parse(body);
  if (activity.text !== undefined && activity.text.length > MAX_POSTED_TEXT) {
    throw new ActivityTooLargeError(`Activity text is ${activity.text.length} characters; at most ${MAX_POSTED_TEXT} are accepted.`);
  }
  return activity;
}
