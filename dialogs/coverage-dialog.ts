import {
  ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { toCaseCoverage } from '../src/coverage/case-coverage';
import { checkCoverage } from '../src/coverage/check-coverage';
import { freeRoutesFor } from '../src/coverage/free-routes';
import { maskPolicyNumber, normalisePolicyNumber } from '../src/coverage/policy-number';
import { buildChoices, withQuickReplies } from './choices';
import { choiceSpecs, loadChoiceVocabulary } from './choice-vocabulary';
import { formatCoverage, formatFreeRoutes } from './coverage-format';
import { getProfile, say, textFor, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { choiceValue, createChoicePrompt } from './prompts';

/** "Do you have a contract?" buttons; typed synonyms are in knowledge/dialogs/choices.json (`coverageAnswer`). */
const HAS_CONTRACT_LABELS = { yes: 'coverage.choice.yes', no: 'coverage.choice.no', unknown: 'coverage.choice.unknown' };

const SKIP = 'skip';
/** After this many unreadable numbers, go on without the contract rather than loop. */
const MAX_NUMBER_ATTEMPTS = 3;

/** Contract → the guarantees that apply here, with ceilings and conditions; or the free public routes. */
export class CoverageDialog extends ComponentDialog {
  private readonly hasContract = choiceSpecs(loadChoiceVocabulary(), 'coverageAnswer', HAS_CONTRACT_LABELS);

  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.coverage);
    this.addDialog(createChoicePrompt(PromptIds.choice));
    this.addDialog(new TextPrompt(PromptIds.policyNumber, (p) => this.validateNumber(p)));
    this.addDialog(new WaterfallDialog(`${DialogIds.coverage}.steps`, [
      this.askContractStep.bind(this),
      this.askNumberStep.bind(this),
      this.checkStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.coverage}.steps`;
  }

  private async askContractStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    return step.prompt(PromptIds.choice, {
      prompt: await say(this.deps, step.context, 'coverage.ask'),
      retryPrompt: await say(this.deps, step.context, 'coverage.retryAsk'),
      choices: buildChoices(this.deps, profile, this.hasContract),
    });
  }

  private async askNumberStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = choiceValue(step.result);
    const profile = await getProfile(this.deps, step.context);
    if (answer !== 'yes') {
      const routes = freeRoutesFor(profile.situation ?? 'other', profile.persona, this.deps.knowledge.coverage);
      const head = answer === 'unknown' ? (profile.persona === 'teen' ? 'coverage.askParents' : 'coverage.whereToLook') : 'coverage.noContract';
      await step.context.sendActivity([textFor(this.deps, profile, head), formatFreeRoutes(this.deps, profile, routes)].filter((s) => s).join('\n\n'));
      profile.coverage = toCaseCoverage(null);
      return step.endDialog(null);
    }
    return step.prompt(PromptIds.policyNumber, {
      prompt: withQuickReplies(textFor(this.deps, profile, 'coverage.askNumber'), [textFor(this.deps, profile, 'coverage.noNumber')]),
      retryPrompt: withQuickReplies(textFor(this.deps, profile, 'coverage.invalidNumber'), [textFor(this.deps, profile, 'coverage.noNumber')]),
    });
  }

  private async checkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const number = String(step.result ?? SKIP);
    const profile = await getProfile(this.deps, step.context);
    const situation = profile.situation ?? 'other';
    if (number === SKIP) {
      await step.context.sendActivity([textFor(this.deps, profile, 'coverage.skipped'), formatFreeRoutes(this.deps, profile, freeRoutesFor(situation, profile.persona, this.deps.knowledge.coverage))].filter((s) => s).join('\n\n'));
      return step.endDialog(null);
    }
    const policy = await this.deps.policies.lookup(number);
    this.deps.log.info('coverage lookup', { policy: maskPolicyNumber(number), found: policy !== null });
    const result = checkCoverage({ policy, situation, persona: profile.persona, now: this.deps.now() }, this.deps.knowledge.coverage);
    if (result.status === 'unknown_policy') {
      await step.context.sendActivity([textFor(this.deps, profile, 'coverage.result.unknown_policy', { policy: maskPolicyNumber(number) }), formatFreeRoutes(this.deps, profile, result.freeRoutes)].filter((s) => s).join('\n\n'));
      profile.coverage = { status: 'unknown', policyMasked: maskPolicyNumber(number), guarantees: [] };
      return step.endDialog(result);
    }
    profile.coverage = toCaseCoverage(result);
    await step.context.sendActivity(formatCoverage(this.deps, profile, result));
    return step.endDialog(result);
  }

  private async validateNumber(p: PromptValidatorContext<string>): Promise<boolean> {
    const text = (p.recognized.value ?? '').trim();
    const profile = await getProfile(this.deps, p.context);
    // Words first: "non merci" would otherwise pass the number pattern (letters-letters).
    const skip = text.toLowerCase() === textFor(this.deps, profile, 'coverage.noNumber').toLowerCase() || this.deps.triage.detectYesNo(text) === false;
    const normalised = skip ? null : normalisePolicyNumber(text);
    if (normalised && /\d/.test(normalised)) {
      p.recognized.value = normalised;
      return true;
    }
    if (skip || p.attemptCount >= MAX_NUMBER_ATTEMPTS) {
      p.recognized.value = SKIP;
      return true;
    }
    return false;
  }
}
