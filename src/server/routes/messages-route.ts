import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Logger } from '../../log';
import { z } from 'zod';
import { incomingActivitySchema } from '../activity-schema';
import { precheckBotFrameworkToken } from '../jwt-precheck';
import { isAllowedServiceUrl } from '../service-url-guard';

export interface MessagesRouteDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** True when MicrosoftAppId is empty: no JWT, so serviceUrl must be checked here. */
  authDisabled: boolean;
  allowedServiceUrls: () => string[];
  log: Logger;
}

/** POST /api/messages: the Bot Framework activity endpoint. */
export function registerMessagesRoute(server: Server, deps: MessagesRouteDeps): void {
  server.post('/api/messages', async (req, res) => {
    const body: unknown = req.body;
    const parsed = incomingActivitySchema.safeParse(body);
    if (!parsed.success) {
      res.send(400, {
        error: 'invalid_input',
        message: 'Expected a Bot Framework activity: type, channelId, serviceUrl and conversation.id are required.',
        issues: z.flattenError(parsed.error),
      });
      return;
    }
    if (deps.authDisabled && !isAllowedServiceUrl((body as { serviceUrl?: unknown }).serviceUrl, deps.allowedServiceUrls())) {
      deps.log.warn('rejected activity with a serviceUrl that is not allowed', { channelId: (body as { channelId?: unknown }).channelId });
      res.send(403, { error: 'forbidden', message: 'serviceUrl is not allowed on this server.' });
      return;
    }
    if (!deps.authDisabled) {
      const problem = precheckBotFrameworkToken(req.header('authorization'));
      if (problem) {
        deps.log.warn('rejected activity without a valid Bot Framework token', { reason: problem });
        res.send(401, { error: 'unauthorized', message: 'A valid Bot Framework token is required.' });
        return;
      }
    }
    try {
      await deps.adapter.process(req, res, deps.logic);
    } catch (err) {
      deps.log.error('adapter.process failed', { err });
      if (!res.headersSent) res.send(500, { error: 'internal', message: 'Something went wrong on our side.' });
    }
  });
}
