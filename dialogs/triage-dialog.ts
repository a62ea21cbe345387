import { InputHints, type TurnContext } from 'botbuilder';
import {
  ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult,
  type PromptValidatorContext, type FoundChoice,
} from 'botbuilder-dialogs';
import { SITUATIONS, type Situation } from '../src/domain/labels';
import type { TriageResult } from '../src/nlp';
import { buildChoices, type ChoiceSpec } from './choices';
import { getProfile, say, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { choiceValue, createChoicePrompt } from './prompts';
import { sendTrace } from './trace';

export interface TriageOptions {
  /** The user's first description, when they already wrote it: triaged at once, never lost behind a prompt. */
  text?: string;
}

/** The longest description kept for the handoff summary (only shared with staff on consent). */
const DESCRIPTION_MAX = 600;

const SITUATION_CHOICES: ChoiceSpec[] = SITUATIONS.map((s) => ({ value: s, key: `triage.choice.${s}` }));

/** Free text or buttons → situation; picks up persona, age and platform when they are said. */
export class TriageDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.triage);
    this.addDialog(new TextPrompt(PromptIds.text));
    this.addDialog(createChoicePrompt(PromptIds.situation, (p) => this.validateSituation(p)));
    this.addDialog(new WaterfallDialog(`${DialogIds.triage}.steps`, [
      this.askWhatHappenedStep.bind(this),
      this.classifyStep.bind(this),
      this.recordChoiceStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.triage}.steps`;
  }

  private async askWhatHappenedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as TriageOptions;
    if (options.text && options.text.trim().length > 0) return step.next(options.text);
    return step.prompt(PromptIds.text, { prompt: await say(this.deps, step.context, 'triage.askWhatHappened') });
  }

  private async classifyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = String(step.result ?? '');
    const result = await this.triageAndRemember(step.context, text);
    if (result.situation !== 'other' && result.confidence >= this.deps.settings.minConfidence) {
      return step.next({ value: result.situation });
    }
    const profile = await getProfile(this.deps, step.context);
    return step.prompt(PromptIds.situation, {
      prompt: await say(this.deps, step.context, 'triage.askSituation'),
      retryPrompt: await say(this.deps, step.context, 'triage.retrySituation'),
      choices: buildChoices(this.deps, profile, SITUATION_CHOICES),
    });
  }

  private async recordChoiceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const situation = (choiceValue(step.result) ?? 'other') as Situation;
    const profile = await getProfile(this.deps, step.context);
    profile.situation = situation;
    await step.context.sendActivity(await say(this.deps, step.context, `triage.understood.${situation}`), undefined, InputHints.IgnoringInput);
    return step.endDialog(situation);
  }

  /** Typed text at the buttons: accept it when the triage is confident, so a description is never refused. */
  private async validateSituation(p: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (p.recognized.succeeded) return true;
    const text = p.context.activity.text ?? '';
    if (text.trim().length === 0) return false;
    const result = await this.triageAndRemember(p.context, text);
    if (result.situation === 'other' || result.confidence < this.deps.settings.minConfidence) return false;
    p.recognized.value = { value: result.situation, index: SITUATIONS.indexOf(result.situation), score: result.confidence };
    p.recognized.succeeded = true;
    return true;
  }

  private async triageAndRemember(context: TurnContext, text: string): Promise<TriageResult> {
    const profile = await getProfile(this.deps, context);
    const result = this.deps.triage.triage(text, { language: profile.language });
    await sendTrace(context, 'triage', 'Rempart triage', {
      situation: result.situation, crisis: result.crisis, language: result.language, confidence: result.confidence,
    });
    const description = text.trim().slice(0, DESCRIPTION_MAX);
    profile.description = profile.description ? `${profile.description}\n${description}`.slice(-DESCRIPTION_MAX * 2) : description;
    if (result.facts.platform) profile.platform = result.facts.platform;
    if (result.facts.age !== undefined) profile.age = result.facts.age;
    if (result.facts.persona && profile.persona === 'unknown') profile.persona = result.facts.persona;
    return result;
  }
}
