import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { KNOWN_PERSONAS, type Persona } from '../src/domain/labels';
import { buildChoices, type ChoiceSpec } from './choices';
import { getProfile, say, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { choiceValue, createChoicePrompt } from './prompts';

const PERSONA_CHOICES: ChoiceSpec[] = KNOWN_PERSONAS.map((p) => ({ value: p, key: `persona.choice.${p}` }));

/** Teen / parent / adult / professional: inferred by the triage when said, asked once with buttons otherwise. */
export class PersonaDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.persona);
    this.addDialog(createChoicePrompt(PromptIds.choice, async (p) => {
      if (p.recognized.succeeded) return true;
      const persona = deps.triage.extractFacts(p.context.activity.text ?? '').persona;
      if (!persona) return false;
      p.recognized.value = { value: persona, index: KNOWN_PERSONAS.indexOf(persona), score: 1 };
      p.recognized.succeeded = true;
      return true;
    }));
    this.addDialog(new WaterfallDialog(`${DialogIds.persona}.steps`, [
      this.askPersonaStep.bind(this),
      this.recordPersonaStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.persona}.steps`;
  }

  private async askPersonaStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (profile.persona !== 'unknown') return step.endDialog(profile.persona);
    return step.prompt(PromptIds.choice, {
      prompt: await say(this.deps, step.context, 'persona.ask'),
      retryPrompt: await say(this.deps, step.context, 'persona.retry'),
      choices: buildChoices(this.deps, profile, PERSONA_CHOICES),
    });
  }

  private async recordPersonaStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    profile.persona = (choiceValue(step.result) ?? 'adult') as Persona;
    return step.endDialog(profile.persona);
  }
}
