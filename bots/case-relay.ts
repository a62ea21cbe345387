import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { ConversationProfile } from './conversation-state';
import type { DialogDeps } from '../dialogs/dialog-deps';
import { textFor } from '../dialogs/dialog-deps';
import { DialogIds } from '../dialogs/ids';
import { placeAndWait } from '../dialogs/queue-messages';
import type { GlobalCommand } from '../src/nlp';
import type { Case } from '../src/queue/case';

/**
 * While a case is open the conversation belongs to it. Claimed: the bot stays silent and relays
 * the user's words to the staff member. Waiting: the user can add information, cancel, or ask
 * where they stand. Returns false when the message should go on to the dialogs.
 */
export class CaseRelay {
  constructor(private readonly deps: DialogDeps) {}

  async handle(context: TurnContext, text: string, command: GlobalCommand | null, profile: ConversationProfile, openCase: Case, dc: DialogContext): Promise<boolean> {
    // The erase confirmation is a dialog of its own: its answer must reach it, not the case.
    if (dc.activeDialog?.id === DialogIds.erase) return false;
    if (command === 'erase') {
      await dc.cancelAllDialogs();
      await dc.beginDialog(DialogIds.erase);
      return true;
    }
    if (openCase.status === 'claimed') {
      await this.deps.handoff.userMessage(openCase.id, text);
      return true;
    }
    if (command === 'stop') {
      await this.deps.handoff.cancelByUser(openCase.id);
      profile.caseId = undefined;
      await context.sendActivity(textFor(this.deps, profile, 'handoff.cancelled'));
      return true;
    }
    const ticket = await this.deps.handoff.ticket(openCase.id);
    if (!ticket) return false;
    let head = textFor(this.deps, profile, 'handoff.stillQueued');
    if (command === 'help') head = textFor(this.deps, profile, 'handoff.helpWhileWaiting');
    else if (command === null && openCase.consentToShare) {
      await this.deps.handoff.userMessage(openCase.id, text);
      head = textFor(this.deps, profile, 'handoff.added');
    }
    await context.sendActivity(`${head}\n\n${placeAndWait(this.deps, profile, ticket)}`);
    return true;
  }
}
