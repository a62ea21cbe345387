import type { UserNotice, UserNotifier } from '../../../src/handoff/types';

/** Test double of the Bot Framework notifier (the real one is the adapter, wired by the app). */
export class RecordingNotifier implements UserNotifier {
  readonly sent: { conversationId: string | undefined; language: string; persona: string; notice: UserNotice }[] = [];
  /** Conversations whose user is gone: notify rejects for them. */
  readonly gone = new Set<string>();

  async notify(target: Parameters<UserNotifier['notify']>[0], notice: UserNotice): Promise<void> {
    const conversationId = target.reference.conversation?.id;
    if (conversationId && this.gone.has(conversationId)) throw new Error('conversation not found');
    this.sent.push({ conversationId, language: target.language, persona: target.persona, notice });
  }

  kinds(): string[] {
    return this.sent.map((s) => s.notice.kind);
  }
}
