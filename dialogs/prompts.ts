import { Channels, type TurnContext } from 'botbuilder';
import { ChoicePrompt, ListStyle, type Choice, type FoundChoice, type PromptOptions, type PromptValidatorContext } from 'botbuilder-dialogs';
import { buildChoices, yesNoChoices } from './choices';
import { getProfile, textFor, type DialogDeps } from './dialog-deps';
import { PromptIds } from './ids';
import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';

/**
 * Buttons on every channel: botbuilder's automatic style falls back to a numbered text list when a
 * label is longer than 20 characters, and our labels are plain words ("Des photos ou vidéos intimes").
 * Teams gets a hero card (rendered everywhere in Teams), other channels suggested actions.
 */
class ButtonsChoicePrompt extends ChoicePrompt {
  protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    options.style ??= context.activity.channelId === Channels.Msteams ? ListStyle.heroCard : ListStyle.suggestedAction;
    return super.onPrompt(context, state, options, isRetry);
  }
}

/**
 * ChoicePrompt for yes/no questions. Buttons first; typed answers in teen wording ("ouais", "grave",
 * "nan", "nope") are understood through the triage's yes/no detector when the buttons do not match.
 */
export function createYesNoPrompt(id: string, deps: DialogDeps): ChoicePrompt {
  return new ButtonsChoicePrompt(id, async (p: PromptValidatorContext<FoundChoice>) => {
    if (p.recognized.succeeded) return true;
    const text = p.context.activity.text ?? '';
    const answer = deps.triage.detectYesNo(text);
    if (answer === null) return false;
    p.recognized.value = { value: answer ? 'yes' : 'no', index: answer ? 0 : 1, score: 1 };
    p.recognized.succeeded = true;
    return true;
  }, 'fr-fr');
}

/** ChoicePrompt with buttons; recognition in French and English (numbers, ordinals, labels, synonyms). */
export function createChoicePrompt(
  id: string,
  validator?: (p: PromptValidatorContext<FoundChoice>) => Promise<boolean>,
): ChoicePrompt {
  const prompt = new ButtonsChoicePrompt(id, validator, 'fr-fr');
  prompt.recognizerOptions = { recognizeOrdinals: true, recognizeNumbers: true };
  return prompt;
}

/** Asks a yes/no question (the dialog must have added createYesNoPrompt under PromptIds.yesNo). */
export async function askYesNo(deps: DialogDeps, step: WaterfallStepContext, key: string): Promise<DialogTurnResult> {
  const profile = await getProfile(deps, step.context);
  return step.prompt(PromptIds.yesNo, {
    prompt: textFor(deps, profile, key),
    retryPrompt: textFor(deps, profile, 'common.retryYesNo'),
    choices: buildChoices(deps, profile, yesNoChoices()),
  });
}

export function choiceValue(result: unknown): string | undefined {
  return (result as FoundChoice | undefined)?.value;
}

export type { Choice };
