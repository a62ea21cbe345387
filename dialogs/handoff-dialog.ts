import { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { QueueName } from '../src/domain/labels';
import type { QueueTicket } from '../src/handoff/types';
import { buildChoices } from './choices';
import { choiceSpecs, loadChoiceVocabulary } from './choice-vocabulary';
import { getProfile, say, textFor, type DialogDeps } from './dialog-deps';
import { buildCaseDraft } from './case-draft';
import { queuedMessage } from './queue-messages';
import { DialogIds, PromptIds } from './ids';
import { askYesNo, choiceValue, createChoicePrompt, createYesNoPrompt } from './prompts';
import { sendTrace } from './trace';

export interface HandoffOptions {
  /** Queue already known (a global command, a crisis): skips the choice. */
  queue?: QueueName;
  /** The user already said yes (global command confirmed, crisis offer accepted). */
  confirmed?: boolean;
}

export type HandoffOutcome = 'queued' | 'declined' | 'unavailable';

/** Queue buttons in display order; typed synonyms are in knowledge/dialogs/choices.json (`handoffQueue`). */
const QUEUE_LABELS = {
  psychologist: 'handoff.choice.psychologist',
  jurist: 'handoff.choice.jurist',
  both: 'handoff.choice.both',
  none: 'handoff.choice.none',
};

/** Queue choice → one yes/no confirmation → consent to share a summary → queued, with place and wait. */
export class HandoffDialog extends ComponentDialog {
  private readonly queueChoices = choiceSpecs(loadChoiceVocabulary(), 'handoffQueue', QUEUE_LABELS);

  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.handoff);
    this.addDialog(createChoicePrompt(PromptIds.choice));
    this.addDialog(createYesNoPrompt(PromptIds.yesNo, deps));
    this.addDialog(new WaterfallDialog(`${DialogIds.handoff}.steps`, [
      this.chooseQueueStep.bind(this),
      this.confirmStep.bind(this),
      this.askConsentStep.bind(this),
      this.enqueueStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.handoff}.steps`;
  }

  private async chooseQueueStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as HandoffOptions;
    if (options.queue) return step.next({ value: options.queue });
    const profile = await getProfile(this.deps, step.context);
    return step.prompt(PromptIds.choice, {
      prompt: await say(this.deps, step.context, 'handoff.offer'),
      retryPrompt: await say(this.deps, step.context, 'handoff.retryOffer'),
      choices: buildChoices(this.deps, profile, this.queueChoices),
    });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const picked = choiceValue(step.result);
    if (!picked || picked === 'none') {
      await step.context.sendActivity(await say(this.deps, step.context, 'handoff.declined'));
      return step.endDialog('declined' satisfies HandoffOutcome);
    }
    // "Both": one case per conversation; the psychologist comes first and staff can transfer to a jurist.
    const queue: QueueName = picked === 'jurist' ? 'jurist' : 'psychologist';
    const values = step.values as Record<string, unknown>;
    values.queue = queue;
    values.both = picked === 'both';
    const options = (step.options ?? {}) as HandoffOptions;
    if (options.confirmed || !options.queue) return step.next({ value: 'yes' });
    return askYesNo(this.deps, step, `handoff.confirm.${queue}`);
  }

  private async askConsentStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (choiceValue(step.result) !== 'yes') {
      await step.context.sendActivity(await say(this.deps, step.context, 'handoff.declined'));
      return step.endDialog('declined' satisfies HandoffOutcome);
    }
    return askYesNo(this.deps, step, 'handoff.askConsent');
  }

  private async enqueueStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    const consent = choiceValue(step.result) === 'yes';
    const values = step.values as Record<string, unknown>;
    const queue = values.queue as QueueName;
    const draft = buildCaseDraft(this.deps, step.context, profile, queue, consent, values.both as boolean);
    let ticket: QueueTicket;
    try {
      ticket = await this.deps.handoff.request(draft, TurnContext.getConversationReference(step.context.activity));
    } catch (err) {
      this.deps.log.error('handoff request failed', { err, conversationId: step.context.activity.conversation?.id });
      await step.context.sendActivity(textFor(this.deps, profile, 'handoff.unavailable', { helpline: this.deps.knowledge.contact('3018')?.number ?? '' }));
      return step.endDialog('unavailable' satisfies HandoffOutcome);
    }
    profile.caseId = ticket.case.id;
    if (!consent) profile.description = undefined; // not shared, so not kept either
    await sendTrace(step.context, 'handoff', 'Rempart handoff', { caseId: ticket.case.id, queue: ticket.case.queue, priority: ticket.case.priority });
    await step.context.sendActivity(queuedMessage(this.deps, profile, ticket));
    return step.endDialog('queued' satisfies HandoffOutcome);
  }
}
