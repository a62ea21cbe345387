import type { Choice } from 'botbuilder-dialogs';
import { ChoicePrompt, ListStyle, type PromptValidatorContext, type FoundChoice } from 'botbuilder-dialogs';
import type { DialogDeps } from './dialog-deps';

/**
 * ChoicePrompt for yes/no questions. Buttons first; typed answers in teen wording ("ouais", "grave",
 * "nan", "nope") are understood through the triage's yes/no detector when the buttons do not match.
 */
export function createYesNoPrompt(id: string, deps: DialogDeps): ChoicePrompt {
  const prompt = new ChoicePrompt(id, async (p: PromptValidatorContext<FoundChoice>) => {
    if (p.recognized.succeeded) return true;
    const text = p.context.activity.text ?? '';
    const answer = deps.triage.detectYesNo(text);
    if (answer === null) return false;
    p.recognized.value = { value: answer ? 'yes' : 'no', index: answer ? 0 : 1, score: 1 };
    p.recognized.succeeded = true;
    return true;
  }, 'fr-fr');
  prompt.style = ListStyle.auto;
  return prompt;
}

/** ChoicePrompt with buttons; recognition in French and English (numbers, ordinals, labels, synonyms). */
export function createChoicePrompt(
  id: string,
  validator?: (p: PromptValidatorContext<FoundChoice>) => Promise<boolean>,
): ChoicePrompt {
  const prompt = new ChoicePrompt(id, validator, 'fr-fr');
  // ListStyle.auto: suggested actions on Web Chat / Direct Line / Emulator, a hero card on Teams.
  prompt.style = ListStyle.auto;
  prompt.recognizerOptions = { recognizeOrdinals: true, recognizeNumbers: true };
  return prompt;
}

export function choiceValue(result: unknown): string | undefined {
  return (result as FoundChoice | undefined)?.value;
}

export type { Choice };
