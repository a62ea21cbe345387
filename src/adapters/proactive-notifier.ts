import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { UserNotice, UserNotifier } from '../handoff/types';
import type { I18n } from '../i18n/i18n';
import type { Knowledge } from '../knowledge';
import type { Logger } from '../log';

/**
 * Sends handoff notices to the user outside of a turn, with the conversation reference stored on
 * the case (in Redis in Redis mode, so any instance can deliver): adapter.continueConversationAsync.
 */
export class ProactiveNotifier implements UserNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly i18n: I18n,
    private readonly knowledge: Knowledge,
    private readonly log: Logger,
  ) {}

  async notify(target: Parameters<UserNotifier['notify']>[0], notice: UserNotice): Promise<void> {
    const text = this.render(target, notice);
    await this.adapter.continueConversationAsync(this.appId, target.reference as ConversationReference, async (context) => {
      await context.sendActivity(text);
    });
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
