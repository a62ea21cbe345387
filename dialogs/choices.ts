import { ActionTypes, type Activity, MessageFactory, InputHints } from 'botbuilder';
import type { Choice } from 'botbuilder-dialogs';
import type { ConversationProfile } from '../bots/conversation-state';
import { choiceSpecs, loadChoiceVocabulary, type ChoiceVocabulary } from './choice-vocabulary';
import type { DialogDeps } from './dialog-deps';
import { textFor } from './dialog-deps';

/** One button: `value` is what the dialog gets back, `key` the locale key of its label. */
export interface ChoiceSpec {
  value: string;
  key: string;
  /** Extra words that also select it (both languages). */
  synonyms?: string[];
}

/** Localised choices shown as buttons (imBack with the label, so the user's bubble reads naturally). */
export function buildChoices(deps: DialogDeps, profile: ConversationProfile, specs: ChoiceSpec[]): Choice[] {
  return specs.map((spec) => {
    const title = textFor(deps, profile, spec.key);
    return { value: spec.value, action: { type: ActionTypes.ImBack, title, value: title }, synonyms: spec.synonyms ?? [] };
  });
}

/** A prompt activity with quick-reply buttons, for prompts that are not ChoicePrompts (dates, numbers). */
export function withQuickReplies(text: string, labels: string[]): Partial<Activity> {
  const activity = MessageFactory.suggestedActions(labels, text);
  activity.inputHint = InputHints.ExpectingInput;
  return activity;
}

/** Yes / no buttons; the typed synonyms come from knowledge/dialogs/choices.json (`yesNo`). */
export function yesNoChoices(vocabulary: ChoiceVocabulary = loadChoiceVocabulary()): ChoiceSpec[] {
  return choiceSpecs(vocabulary, 'yesNo', { yes: 'common.yes', no: 'common.no' });
}
