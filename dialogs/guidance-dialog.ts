import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Situation } from '../src/domain/labels';
import { buildChoices } from './choices';
import { choiceSpecs, loadChoiceVocabulary } from './choice-vocabulary';
import { getProfile, say, type DialogDeps } from './dialog-deps';
import { formatGuidanceStep } from './guidance-format';
import { DialogIds, PromptIds } from './ids';
import { choiceValue, createChoicePrompt } from './prompts';

interface GuidanceOptions {
  situation: Situation;
  /** Index of the next step to show. */
  from?: number;
}

/** "Next" / "done" buttons; typed synonyms are in knowledge/dialogs/choices.json (`guidanceStep`). */
const NEXT_OR_DONE_LABELS = { next: 'guidance.next', done: 'guidance.done' };

/** The steps of official guidance for (situation, persona), a few at a time with "next" / "done". */
export class GuidanceDialog extends ComponentDialog {
  private readonly nextOrDone = choiceSpecs(loadChoiceVocabulary(), 'guidanceStep', NEXT_OR_DONE_LABELS);

  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.guidance);
    this.addDialog(createChoicePrompt(PromptIds.choice));
    this.addDialog(new WaterfallDialog(`${DialogIds.guidance}.steps`, [
      this.showStepsStep.bind(this),
      this.nextOrDoneStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.guidance}.steps`;
  }

  private async showStepsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as GuidanceOptions;
    const profile = await getProfile(this.deps, step.context);
    const steps = this.deps.knowledge.guidanceFor(options.situation, profile.persona);
    const from = options.from ?? 0;
    const batch = steps.slice(from, from + this.deps.settings.guidanceBatch);
    // One message per batch (intro, steps, and the closing line at the end), then the buttons:
    // fewer bubbles to scroll through, fewer calls to the channel.
    const parts = batch.map((guidanceStep, i) => formatGuidanceStep(this.deps, profile, guidanceStep, from + i + 1, steps.length));
    if (from === 0) parts.unshift(await say(this.deps, step.context, 'guidance.intro'));
    const nextFrom = from + batch.length;
    const done = nextFrom >= steps.length;
    if (done) parts.push(await say(this.deps, step.context, 'guidance.finished'));
    await step.context.sendActivity(parts.join('\n\n'));
    if (done) return step.endDialog(true);
    (step.values as Record<string, unknown>).nextFrom = nextFrom;
    return step.prompt(PromptIds.choice, {
      prompt: await say(this.deps, step.context, 'guidance.more', { left: steps.length - nextFrom }),
      retryPrompt: await say(this.deps, step.context, 'guidance.retry'),
      choices: buildChoices(this.deps, profile, this.nextOrDone),
    });
  }

  private async nextOrDoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (choiceValue(step.result) === 'next') {
      const options = step.options as GuidanceOptions;
      return step.replaceDialog(`${DialogIds.guidance}.steps`, { ...options, from: (step.values as Record<string, unknown>).nextFrom as number });
    }
    return step.endDialog(false);
  }
}
