import { InputHints } from 'botbuilder';
import {
  ComponentDialog, WaterfallDialog, type DialogContext, type DialogReason, type DialogTurnResult, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { QueueName } from '../src/domain/labels';
import { CoverageDialog } from './coverage-dialog';
import { getProfile, say, type DialogDeps } from './dialog-deps';
import { GuidanceDialog } from './guidance-dialog';
import { HandoffDialog } from './handoff-dialog';
import { DialogIds } from './ids';
import { legalClockApplies } from '../src/knowledge';
import { LegalClockDialog } from './legal-clock-dialog';
import { PersonaDialog } from './persona-dialog';
import { SafetyDialog } from './safety-dialog';
import { TriageDialog, type TriageOptions } from './triage-dialog';

/** Root dialog: triage → persona → safety (threats) → guidance → legal clock → coverage → handoff offer. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.main);
    this.addDialog(new TriageDialog(deps));
    this.addDialog(new PersonaDialog(deps));
    this.addDialog(new SafetyDialog(deps));
    this.addDialog(new GuidanceDialog(deps));
    this.addDialog(new LegalClockDialog(deps));
    this.addDialog(new CoverageDialog(deps));
    this.addDialog(new HandoffDialog(deps));
    this.addDialog(new WaterfallDialog(DialogIds.mainWaterfall, [
      this.triageStep.bind(this),
      this.personaStep.bind(this),
      this.safetyStep.bind(this),
      this.dangerHandoffStep.bind(this),
      this.guidanceStep.bind(this),
      this.legalClockStep.bind(this),
      this.coverageStep.bind(this),
      this.handoffOfferStep.bind(this),
      this.finalStep.bind(this),
    ]));
    this.initialDialogId = DialogIds.mainWaterfall;
  }

  /**
   * Back from an interruption (a handoff asked for mid-way): once a case is open, a person takes
   * over and the bot's questions stop, rather than asking the open question again.
   */
  override async resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, dc.context);
    if (profile.caseId) return dc.endDialog();
    return super.resumeDialog(dc, reason, result);
  }

  private async triageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.triage, (step.options ?? {}) as TriageOptions);
  }

  private async personaStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.persona);
  }

  private async safetyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (profile.situation !== 'threats' || profile.crisis) return step.next(false);
    return step.beginDialog(DialogIds.safety);
  }

  private async dangerHandoffStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (step.result !== true || profile.caseId) return step.next();
    return step.beginDialog(DialogIds.handoff, { queue: 'psychologist' satisfies QueueName });
  }

  private async guidanceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    return step.beginDialog(DialogIds.guidance, { situation: profile.situation ?? 'other' });
  }

  private async legalClockStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (!profile.situation || !legalClockApplies(profile.situation, this.deps.knowledge.legal)) return step.next();
    return step.beginDialog(DialogIds.legalClock);
  }

  private async coverageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (profile.situation === 'other' && profile.coverage) return step.next();
    return step.beginDialog(DialogIds.coverage);
  }

  private async handoffOfferStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (profile.caseId) return step.next();
    return step.beginDialog(DialogIds.handoff);
  }

  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    if (!profile.caseId) {
      await step.context.sendActivity(await say(this.deps, step.context, 'end.anythingElse'), undefined, InputHints.AcceptingInput);
    }
    return step.endDialog();
  }
}
