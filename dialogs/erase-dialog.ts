import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { say, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { askYesNo, choiceValue, createYesNoPrompt } from './prompts';

/** Turn-state flag read by the bot after the turn: delete the conversation state instead of saving it. */
export const ERASE_REQUESTED = Symbol('rempart.eraseRequested');

/** "Erase my data": one confirmation, then the case link, transcript and state are deleted. */
export class EraseDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.erase);
    this.addDialog(createYesNoPrompt(PromptIds.yesNo, deps));
    this.addDialog(new WaterfallDialog(`${DialogIds.erase}.steps`, [
      this.confirmStep.bind(this),
      this.eraseStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.erase}.steps`;
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return askYesNo(this.deps, step, 'erase.confirm');
  }

  private async eraseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (choiceValue(step.result) !== 'yes') {
      await step.context.sendActivity(await say(this.deps, step.context, 'erase.cancelled'));
      return step.endDialog(false);
    }
    const text = await say(this.deps, step.context, 'erase.done');
    await this.deps.handoff.eraseConversation(step.context.activity.conversation.id);
    step.context.turnState.set(ERASE_REQUESTED, true);
    await step.context.sendActivity(text);
    return step.cancelAllDialogs();
  }
}
