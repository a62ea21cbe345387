import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { crisisActivity } from './crisis-message';
import { getProfile, say, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { askYesNo, choiceValue, createYesNoPrompt } from './prompts';

/** Threats: "are you in danger right now?" → emergency contacts and the crisis flag on yes. Returns true on danger. */
export class SafetyDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.safety);
    this.addDialog(createYesNoPrompt(PromptIds.yesNo, deps));
    this.addDialog(new WaterfallDialog(`${DialogIds.safety}.steps`, [
      this.askDangerStep.bind(this),
      this.answerStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.safety}.steps`;
  }

  private async askDangerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return askYesNo(this.deps, step, 'safety.askDanger');
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (choiceValue(step.result) !== 'yes') {
      await step.context.sendActivity(await say(this.deps, step.context, 'safety.notInDanger'));
      return step.endDialog(false);
    }
    profile.crisis = true;
    await step.context.sendActivity(crisisActivity(this.deps, profile, step.context.activity.channelId));
    return step.endDialog(true);
  }
}
