import type { TurnContext } from 'botbuilder';
import type { StateAccessors, ConversationProfile } from '../bots/conversation-state';
import { emptyProfile } from '../bots/conversation-state';
import type { PolicyRegistry } from '../src/coverage/policy-registry';
import type { HandoffService } from '../src/handoff/types';
import type { I18n, Vars } from '../src/i18n/i18n';
import type { Knowledge } from '../src/knowledge';
import type { Logger } from '../src/log';
import type { Triage } from '../src/nlp';

/** Everything the dialogs need, injected by the composition root. */
export interface DialogDeps {
  i18n: I18n;
  triage: Triage;
  knowledge: Knowledge;
  policies: PolicyRegistry;
  handoff: HandoffService;
  state: StateAccessors;
  log: Logger;
  now: () => Date;
  /** Deletes what a channel keeps of the conversation on our side (the embedded Direct Line's log). */
  eraseChannelHistory?: (channelId: string, conversationId: string) => Promise<void>;
  settings: {
    minConfidence: number;
    stateTtlSeconds: number;
    defaultLocale: 'fr' | 'en';
    /** Guidance steps sent per turn before the "next / done" buttons. */
    guidanceBatch: number;
  };
}

export async function getProfile(deps: DialogDeps, context: TurnContext): Promise<ConversationProfile> {
  return deps.state.profile.get(context, emptyProfile());
}

/** Localised text for this conversation (language and tutoiement from the profile). */
export function textFor(deps: DialogDeps, profile: ConversationProfile, key: string, vars?: Vars): string {
  return deps.i18n.t(profile.language ?? deps.settings.defaultLocale, key, { emergency: emergencyNumbers(deps), ...vars }, profile.persona);
}

/** "112 / 17": the numbers for immediate danger, from knowledge/contacts.json (sourced there), never inline. */
export function emergencyNumbers(deps: Pick<DialogDeps, 'knowledge'>): string {
  return ['112', '17'].map((id) => deps.knowledge.contact(id)?.number).filter((n) => n !== undefined).join(' / ');
}

/** Shorthand used by dialog steps: reads the profile, then localises. */
export async function say(deps: DialogDeps, context: TurnContext, key: string, vars?: Vars): Promise<string> {
  return textFor(deps, await getProfile(deps, context), key, vars);
}
