import {
  ComponentDialog, DateTimePrompt, WaterfallDialog, type DateTimeResolution, type DialogTurnResult,
  type PromptValidatorContext, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { complaintDeadline } from '../src/knowledge/legal-clock';
import { withQuickReplies } from './choices';
import { createDontKnowMatcher, loadChoiceVocabulary } from './choice-vocabulary';
import { getProfile, say, textFor, type DialogDeps } from './dialog-deps';
import { DialogIds, PromptIds } from './ids';
import { askYesNo, choiceValue, createYesNoPrompt } from './prompts';
import { latestPastDate } from './resolve-date';

const UNKNOWN = 'unknown';

/**
 * Legal clock: when the user gives the date of first publication, tells them the date by which a
 * complaint must be filed (knowledge/legal.json, with its source) and warns when it is close.
 */
export class LegalClockDialog extends ComponentDialog {
  /** "I don't know" typed instead of a date (knowledge/dialogs/choices.json, `dontKnow`). */
  private readonly isDontKnow = createDontKnowMatcher(loadChoiceVocabulary());

  constructor(private readonly deps: DialogDeps) {
    super(DialogIds.legalClock);
    this.addDialog(new DateTimePrompt(PromptIds.date, (p) => this.validateDate(p), 'fr-fr'));
    this.addDialog(createYesNoPrompt(PromptIds.yesNo, deps));
    this.addDialog(new WaterfallDialog(`${DialogIds.legalClock}.steps`, [
      this.askDateStep.bind(this),
      this.askDiscriminatoryStep.bind(this),
      this.tellDeadlineStep.bind(this),
    ]));
    this.initialDialogId = `${DialogIds.legalClock}.steps`;
  }

  private async askDateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    return step.prompt(PromptIds.date, {
      prompt: withQuickReplies(textFor(this.deps, profile, 'legal.askDate'), [textFor(this.deps, profile, 'legal.dontKnow')]),
      retryPrompt: withQuickReplies(textFor(this.deps, profile, 'legal.retryDate'), [textFor(this.deps, profile, 'legal.dontKnow')]),
    });
  }

  private async askDiscriminatoryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const date = latestPastDate(step.result as DateTimeResolution[] | undefined, this.deps.now());
    if (!date) {
      await step.context.sendActivity(await say(this.deps, step.context, 'legal.noDate'));
      return step.endDialog(null);
    }
    (step.values as Record<string, unknown>).firstPublished = date.toISOString();
    return askYesNo(this.deps, step, 'legal.askDiscriminatory');
  }

  private async tellDeadlineStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const profile = await getProfile(this.deps, step.context);
    const discriminatory = choiceValue(step.result) === 'yes';
    const clock = complaintDeadline(new Date((step.values as Record<string, unknown>).firstPublished as string), discriminatory, this.deps.knowledge.legal, this.deps.now());
    const language = profile.language ?? this.deps.settings.defaultLocale;
    const date = clock.deadline.toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const sources = clock.sources.map((id) => this.deps.knowledge.sources.get(id)).filter((s) => s !== undefined).map((s) => `[${s.publisher}](${s.url})`).join(', ');
    const key = clock.expired ? 'legal.expired' : clock.close ? 'legal.deadlineClose' : 'legal.deadline';
    await step.context.sendActivity(textFor(this.deps, profile, key, { date, days: clock.daysLeft, sources }));
    return step.endDialog(clock);
  }

  private async validateDate(p: PromptValidatorContext<DateTimeResolution[]>): Promise<boolean> {
    if (p.recognized.succeeded && latestPastDate(p.recognized.value, this.deps.now())) return true;
    const text = (p.context.activity.text ?? '').trim().toLowerCase();
    const profile = await getProfile(this.deps, p.context);
    const dontKnow = textFor(this.deps, profile, 'legal.dontKnow').toLowerCase();
    if (text === dontKnow || this.deps.triage.detectYesNo(text) === false || this.isDontKnow(text)) {
      p.recognized.value = [{ timex: UNKNOWN, type: UNKNOWN, value: '' }];
      p.recognized.succeeded = true;
      return true;
    }
    return false;
  }
}
