import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../log';
import { sendError } from '../../server/http-errors';
import type { ConnectorGate } from './connector-gate';
import { CONNECTOR_KEY_HEADER } from './connector-gate';
import type { ConversationMeta, ConversationStore, StoredActivity } from './conversation-store';
import { ConnectorForbiddenError, ConversationNotFoundError } from './errors';

export interface ConnectorRoutesDeps {
  store: ConversationStore;
  gate: ConnectorGate;
  /** Without an app id, proactive sends come from the adapter's own keyless connector: allow them. */
  authDisabled: boolean;
  bot: { id: string; name: string };
  log: Logger;
}

/** What the bot sends; stored as given, with the fields the conversation owns set by us. */
const botActivitySchema = z.looseObject({ type: z.string().min(1).max(50) });

/**
 * The Bot Connector routes the bot calls to reply (`serviceUrl` = our base URL): replies and proactive
 * messages land in the Direct Line conversation. Only conversations we created; with an app id,
 * only calls carrying this process's connector key.
 */
export function registerConnectorRoutes(server: Server, deps: ConnectorRoutesDeps): void {
  const route = (handler: (req: Request, res: Response, meta: ConversationMeta) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      if (!deps.authDisabled && !deps.gate.admits(req.header(CONNECTOR_KEY_HEADER))) {
        throw new ConnectorForbiddenError('Connector calls to the embedded Direct Line must come from this process.');
      }
      const conversationId = String(req.params.conversationId);
      const meta = await deps.store.get(conversationId);
      if (!meta) throw new ConversationNotFoundError(`Direct Line conversation ${conversationId} does not exist or has expired.`);
      await handler(req, res, meta);
    } catch (err) {
      sendError(res, err, deps.log);
    }
  };
  const fromBot = (body: unknown, meta: ConversationMeta, replyToId?: string): StoredActivity => {
    const activity = botActivitySchema.parse(body) as StoredActivity;
    return {
      ...activity,
      conversation: { id: meta.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      // Everything on these routes is from the bot (proactive references often carry no role).
      from: { ...(activity.from ?? { id: deps.bot.id, name: deps.bot.name }), role: 'bot' },
      replyToId: replyToId ?? activity.replyToId,
      timestamp: new Date(),
    };
  };
  const members = async (_req: Request, res: Response, meta: ConversationMeta) => {
    res.send(200, [{ id: meta.userId, name: '', role: 'user' }]);
  };

  server.post('/v3/conversations/:conversationId/activities', route(async (req, res, meta) => {
    res.send(200, { id: await deps.store.append(meta.conversationId, fromBot(req.body, meta)) });
  }));
  server.post('/v3/conversations/:conversationId/activities/:activityId', route(async (req, res, meta) => {
    res.send(200, { id: await deps.store.append(meta.conversationId, fromBot(req.body, meta, String(req.params.activityId))) });
  }));
  server.put('/v3/conversations/:conversationId/activities/:activityId', route(async (req, res, meta) => {
    const id = String(req.params.activityId);
    if (!(await deps.store.replace(meta.conversationId, id, fromBot(req.body, meta)))) {
      throw new ConversationNotFoundError(`Activity ${id} is not in conversation ${meta.conversationId}.`);
    }
    res.send(200, { id });
  }));
  // Deleting is acknowledged but not applied: the transcript a teen saw stays as it was (Web Chat cannot unsee it).
  server.del('/v3/conversations/:conversationId/activities/:activityId', route(async (_req, res) => void res.send(200)));
  server.get('/v3/conversations/:conversationId/members', route(members));
  server.get('/v3/conversations/:conversationId/activities/:activityId/members', route(members));
}
