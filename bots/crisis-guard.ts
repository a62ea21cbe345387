import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { ConversationProfile } from './conversation-state';
import type { DialogDeps } from '../dialogs/dialog-deps';
import { textFor } from '../dialogs/dialog-deps';
import { crisisActivity } from '../dialogs/crisis-message';
import { DialogIds } from '../dialogs/ids';
import type { HandoffOptions } from '../dialogs/handoff-dialog';
import type { Case } from '../src/queue/case';

export type GuardOutcome = 'none' | 'gentle_check' | 'crisis';

/**
 * Runs first on every text message, whatever dialog or relay is open. A crisis gets the emergency
 * contacts at once, sets the crisis flag, raises any open case to emergency (alerting staff), and
 * otherwise offers a psychologist straight away. "Not a plan" messages get a gentle check.
 */
export class CrisisGuard {
  constructor(private readonly deps: DialogDeps) {}

  /**
   * `welcome` (first message only) is sent after the emergency contacts on a crisis, so that they come
   * first, and before a gentle check, which reads better after the bot has introduced itself.
   */
  async check(context: TurnContext, text: string, profile: ConversationProfile, openCase: Case | null, dc: DialogContext, welcome?: () => Promise<void>): Promise<GuardOutcome> {
    const result = this.deps.triage.detectCrisis(text);
    if (!result.crisis) {
      if (result.gentleCheck) {
        await welcome?.();
        await context.sendActivity(textFor(this.deps, profile, 'crisis.gentleCheck', { number: this.deps.knowledge.contact('3114')?.number ?? '' }));
        return 'gentle_check';
      }
      return 'none';
    }
    this.deps.log.info('crisis signal', { kind: result.kind, conversationId: context.activity.conversation?.id, hasCase: openCase !== null });
    profile.crisis = true;
    await context.sendActivity(crisisActivity(this.deps, profile, context.activity.channelId));
    await welcome?.();
    if (openCase) {
      await this.deps.handoff.escalate(openCase.id);
      if (openCase.status === 'waiting') await context.sendActivity(textFor(this.deps, profile, 'crisis.escalated'));
      return 'crisis';
    }
    this.rememberSituation(text, profile);
    await dc.cancelAllDialogs();
    await dc.beginDialog(DialogIds.handoff, { queue: 'psychologist' } satisfies HandoffOptions);
    return 'crisis';
  }

  /** The crisis message may also be the first description: keep its situation for the case. */
  private rememberSituation(text: string, profile: ConversationProfile): void {
    if (profile.situation) return;
    const triage = this.deps.triage.triage(text, { language: profile.language });
    if (triage.situation !== 'other' && triage.confidence >= this.deps.settings.minConfidence) profile.situation = triage.situation;
    if (!profile.description) profile.description = text.slice(0, 600);
  }
}
