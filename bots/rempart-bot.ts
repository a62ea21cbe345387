import { InputHints, TeamsActivityHandler, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext } from 'botbuilder-dialogs';
import type { Language } from '../src/domain/labels';
import type { GlobalCommand } from '../src/nlp';
import type { Case } from '../src/queue/case';
import { EraseDialog, ERASE_REQUESTED } from '../dialogs/erase-dialog';
import { HandoffDialog, type HandoffOptions } from '../dialogs/handoff-dialog';
import { DialogIds } from '../dialogs/ids';
import { MainDialog } from '../dialogs/main-dialog';
import { getProfile, textFor, type DialogDeps } from '../dialogs/dialog-deps';
import { CaseRelay } from './case-relay';
import { emptyProfile, type ConversationProfile } from './conversation-state';
import { CrisisGuard } from './crisis-guard';
import { readInput } from './read-input';
import { welcomeMessage } from './welcome';
import { buttonLabels, normaliseLabel } from './button-labels';
import { crisisMessage } from '../dialogs/crisis-message';

export interface BotDeps extends DialogDeps {
  maxMessageLength: number;
}

/** A turn runs: read input → crisis guard → relay (open case) → global commands → dialogs → save state. */
export class RempartBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly guard: CrisisGuard;
  private readonly relay: CaseRelay;
  private readonly buttons: Set<string>;

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogs = new DialogSet(deps.state.dialogState);
    this.dialogs.add(new MainDialog(deps));
    this.dialogs.add(new HandoffDialog(deps));
    this.dialogs.add(new EraseDialog(deps));
    this.guard = new CrisisGuard(deps);
    this.relay = new CaseRelay(deps);
    this.buttons = buttonLabels(deps.i18n);
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await this.welcome(context, true);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    if (context.turnState.get(ERASE_REQUESTED)) {
      await this.deps.state.conversationState.delete(context);
      await this.deps.eraseChannelHistory?.(context.activity.channelId, context.activity.conversation.id);
      return;
    }
    await this.deps.state.conversationState.saveChanges(context, false);
  }

  /** The kind sentence after a failed turn, in the user's language; contacts too when in crisis. */
  async apology(context: TurnContext, error: unknown): Promise<string> {
    let profile: ConversationProfile = { ...emptyProfile(), language: this.localeLanguage(context) };
    try {
      profile = await getProfile(this.deps, context);
    } catch (stateError) {
      this.deps.log.warn('state unavailable while apologising', { err: stateError });
    }
    // Stores raise StoreUnavailableError (code store_unavailable) when Redis is unreachable.
    const storeDown = (error as { code?: unknown } | null)?.code === 'store_unavailable';
    const lines = [storeDown
      ? textFor(this.deps, profile, 'errors.storeDown', { helpline: this.deps.knowledge.contact('3018')?.number ?? '' })
      : textFor(this.deps, profile, 'errors.turn')];
    if (profile.crisis) lines.push(crisisMessage(this.deps, profile));
    return lines.join('\n\n');
  }

  /** After a failed turn: drop the dialog stack, keep the case link and the crisis flag. */
  async resetDialogs(context: TurnContext): Promise<void> {
    await this.deps.state.dialogState.delete(context);
    await this.deps.state.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const profile = await getProfile(this.deps, context);
    const input = readInput(context.activity, this.deps.maxMessageLength);
    this.updateLanguage(context, profile, input.text);
    if (input.kind !== 'text') {
      await context.sendActivity(textFor(this.deps, profile, input.kind === 'empty' ? 'errors.empty' : 'errors.nonText'), undefined, InputHints.ExpectingInput);
      return;
    }

    const dc = await this.dialogs.createContext(context);
    const openCase = await this.openCase(context, profile, dc);
    // A tapped button is our own words ("J'ai moins de 18 ans"), never a crisis signal of the user's.
    const tappedButton = this.buttons.has(normaliseLabel(input.text));
    // On a first message in crisis the emergency contacts come before the welcome (see CrisisGuard).
    const welcome = profile.welcomed ? undefined : () => this.welcome(context, false);
    if (!tappedButton && (await this.guard.check(context, input.text, profile, openCase, dc, welcome)) === 'crisis') {
      // Staff must see it: live in a relay, or added to a waiting case the user agreed to share.
      if (openCase && (openCase.status === 'claimed' || openCase.consentToShare)) await this.deps.handoff.userMessage(openCase.id, input.text);
      return;
    }
    await welcome?.();
    if (input.truncated) await context.sendActivity(textFor(this.deps, profile, 'errors.tooLong', { max: this.deps.maxMessageLength }));
    const command = tappedButton && dc.activeDialog !== undefined ? null : this.deps.triage.detectCommand(input.text);
    if (openCase && (await this.relay.handle(context, input.text, command, profile, openCase, dc))) return;
    if (command && (await this.runCommand(command, context, profile, dc))) return;

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(DialogIds.main, { text: input.text });
  }

  /** The open case of this conversation, if any; a closed one gives the conversation back to the bot. */
  private async openCase(context: TurnContext, profile: ConversationProfile, dc: DialogContext): Promise<Case | null> {
    if (!profile.caseId) return null;
    const found = await this.deps.handoff.openCaseFor(context.activity.conversation.id);
    if (found && found.status !== 'closed') return found;
    profile.caseId = undefined;
    await dc.cancelAllDialogs();
    return null;
  }

  private async runCommand(command: GlobalCommand, context: TurnContext, profile: ConversationProfile, dc: DialogContext): Promise<boolean> {
    switch (command) {
      case 'help':
        await context.sendActivity(textFor(this.deps, profile, 'help.text'));
        if (dc.activeDialog) await dc.repromptDialog();
        return true;
      case 'restart': {
        await dc.cancelAllDialogs();
        const fresh = emptyProfile();
        Object.assign(profile, { ...fresh, language: profile.language, welcomed: true, crisis: profile.crisis });
        await context.sendActivity(textFor(this.deps, profile, 'restart.done'));
        await dc.beginDialog(DialogIds.main, {});
        return true;
      }
      case 'stop':
        await dc.cancelAllDialogs();
        await context.sendActivity(textFor(this.deps, profile, 'stop.done'));
        return true;
      case 'erase':
        await dc.cancelAllDialogs();
        await dc.beginDialog(DialogIds.erase);
        return true;
      case 'talk_to_someone':
        await dc.beginDialog(DialogIds.handoff, {} satisfies HandoffOptions);
        return true;
      case 'psychologist':
      case 'jurist':
        await dc.beginDialog(DialogIds.handoff, { queue: command } satisfies HandoffOptions);
        return true;
      default:
        return false;
    }
  }

  private updateLanguage(context: TurnContext, profile: ConversationProfile, text: string): void {
    if (text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3 || (!profile.languageFromText && text.length > 0)) {
      const detected = this.deps.triage.detectLanguage(text, profile.language ?? this.localeLanguage(context));
      if (!profile.languageFromText || detected !== profile.language) {
        profile.language = detected;
        profile.languageFromText = true;
      }
      return;
    }
    profile.language ??= this.localeLanguage(context);
  }

  private localeLanguage(context: TurnContext): Language {
    const locale = (context.activity.locale ?? '').toLowerCase();
    if (locale.startsWith('en')) return 'en';
    if (locale.startsWith('fr')) return 'fr';
    return this.deps.settings.defaultLocale;
  }

  private async welcome(context: TurnContext, askWhatHappened: boolean): Promise<void> {
    const profile = await getProfile(this.deps, context);
    if (profile.welcomed) return;
    profile.language ??= this.localeLanguage(context);
    profile.welcomed = true;
    await context.sendActivity(welcomeMessage(this.deps, profile, askWhatHappened), undefined, askWhatHappened ? InputHints.ExpectingInput : InputHints.IgnoringInput);
  }
}
