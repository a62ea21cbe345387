import { ActivityTypes, Channels, type TurnContext } from 'botbuilder';
import type { Logger } from '../log';

export interface TurnErrorDeps {
  log: Logger;
  /** Localised apology for this conversation (with emergency contacts when the crisis flag is set). */
  apology: (context: TurnContext, error: unknown) => Promise<string>;
  /** Resets the dialog stack but keeps the case link and the crisis flag. */
  resetDialogs: (context: TurnContext) => Promise<void>;
}

/**
 * The conversation never dies with a stack trace: log the error (ids and codes, never the message
 * text), send a trace on the emulator, apologise in the user's language, reset the dialogs.
 */
export function createTurnErrorHandler(deps: TurnErrorDeps) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    deps.log.error('turn failed', {
      err: { name: error.name, message: error.message, code: (error as { code?: unknown }).code, stack: error.stack },
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation?.id,
      activityType: context.activity.type,
    });
    try {
      if (context.activity.channelId === Channels.Emulator) {
        await context.sendActivity({ type: ActivityTypes.Trace, name: 'OnTurnError', label: 'TurnError', value: `${error.name}: ${error.message}`, valueType: 'https://www.botframework.com/schemas/error' });
      }
      await context.sendActivity(await deps.apology(context, error));
      await deps.resetDialogs(context);
    } catch (inner) {
      deps.log.error('turn error handler failed', { err: inner, conversationId: context.activity.conversation?.id });
    }
  };
}
