import type { UserNotice, UserNotifier } from '../../src/handoff/types';

/**
 * Collects what the handoff would tell users. A test double: in the app the notifier is the Bot
 * Framework adapter (continueConversationAsync), which needs a channel service that cannot run here.
 */
export class RecordingNotifier implements UserNotifier {
  readonly sent: { conversationId: string | undefined; language: string; persona: string; notice: UserNotice }[] = [];
  /** Conversations whose user is gone: notify rejects for them. */
  readonly gone = new Set<string>();
  private waiters: Array<() => void> = [];

  async notify(target: Parameters<UserNotifier['notify']>[0], notice: UserNotice): Promise<void> {
    const conversationId = target.reference.conversation?.id;
    if (conversationId && this.gone.has(conversationId)) throw new Error('conversation not found');
    this.sent.push({ conversationId, language: target.language, persona: target.persona, notice });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Same list as `sent` (older tests read it under this name). */
  get notices(): RecordingNotifier['sent'] {
    return this.sent;
  }

  kinds(): string[] {
    return this.sent.map((s) => s.notice.kind);
  }

  /** Resolves once a notice matches, or rejects after `timeoutMs`. */
  async waitFor(predicate: (notice: UserNotice) => boolean, timeoutMs = 5000): Promise<UserNotice> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.sent.find((n) => predicate(n.notice));
      if (found) return found.notice;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching notice; got ${JSON.stringify(this.kinds())}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }
}
