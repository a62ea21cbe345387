import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(512) });

/**
 * The least an incoming Bot Framework activity must hold for a turn to run (the boundary check of
 * /api/messages). Anything else is passed through untouched: channels add their own fields.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(128),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().nullish(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  attachments: z.array(z.unknown()).optional(),
});
