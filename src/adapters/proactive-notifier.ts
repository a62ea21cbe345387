import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { UserNotice, UserNotifier } from '../handoff/types';
import type { I18n } from '../i18n/i18n';
import type { Knowledge } from '../knowledge';
import type { Logger } from '../log';

/** Proactive sending into the embedded Direct Line (widget conversations). */
export interface DirectLineProactive {
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/**
 * Sends handoff notices to the user outside of a turn, with the conversation reference stored on
 * the case (in Redis in Redis mode, so any instance can deliver): adapter.continueConversationAsync,
 * or, for widget conversations, the same adapter through the embedded Direct Line's connector
 * (which needs no Azure token even when MicrosoftAppId is set).
 */
export class ProactiveNotifier implements UserNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly i18n: I18n,
    private readonly knowledge: Knowledge,
    private readonly log: Logger,
    private readonly directLine: () => DirectLineProactive | undefined = () => undefined,
  ) {}

  async notify(target: Parameters<UserNotifier['notify']>[0], notice: UserNotice): Promise<void> {
    const text = this.render(target, notice);
    const logic = async (context: TurnContext) => {
      await context.sendActivity(text);
    };
    const directLine = this.directLine();
    if (target.reference.channelId === 'directline' && directLine) await directLine.continueConversation(target.reference, logic);
    else await this.adapter.continueConversationAsync(this.appId, target.reference as ConversationReference, logic);
    this.log.debug('notice sent', { kind: notice.kind, conversationId: target.reference.conversation?.id });
  }

  private render(target: Parameters<UserNotifier['notify']>[0], notice: UserNotice): string {
    const t = (key: string, vars: Record<string, string | number> = {}) => this.i18n.t(target.language, key, vars, target.persona);
    switch (notice.kind) {
      case 'staff_message':
        return t('handoff.notice.staffMessage', { name: notice.staffName, text: notice.text });
      case 'claimed':
        return t('handoff.notice.claimed', { name: notice.staffName, queueName: t(`handoff.queueName.${notice.queue}`) });
      case 'transferred':
        return t('handoff.notice.transferred', { queueName: t(`handoff.queueName.${notice.queue}`) });
      case 'closed':
        return t('handoff.notice.closed');
      case 'position':
        return t('handoff.notice.position', { position: notice.position });
      case 'still_waiting':
        return t('handoff.notice.stillWaiting', { position: notice.position, number: this.knowledge.contact('3114')?.number ?? '' });
    }
  }
}
