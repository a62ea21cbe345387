import type { ConversationState, StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Language, Persona, QueueName, Situation } from '../src/domain/labels';
import type { CaseCoverage } from '../src/queue/case';

/**
 * What Rempart remembers about one conversation: the least it needs to help, nothing more.
 * It lives in conversation state (Redis with a TTL, or memory) and "erase my data" deletes it.
 * No name, no contact details; the contract number is kept masked only.
 */
export interface ConversationProfile {
  language?: Language;
  /** True once the user has written in a language we detected ourselves (not just the channel locale). */
  languageFromText?: boolean;
  persona: Persona;
  situation?: Situation;
  /** The first description, kept only to build the handoff summary when the user consents. */
  description?: string;
  age?: number;
  platform?: string;
  crisis: boolean;
  welcomed: boolean;
  caseId?: string;
  coverage?: CaseCoverage;
  /** Queue the user picked earlier (so "both" can offer the second one later). */
  pendingQueue?: QueueName;
}

export function emptyProfile(): ConversationProfile {
  return { persona: 'unknown', crisis: false, welcomed: false };
}

export interface StateAccessors {
  conversationState: ConversationState;
  dialogState: StatePropertyAccessor<DialogState>;
  profile: StatePropertyAccessor<ConversationProfile>;
}

export function createStateAccessors(conversationState: ConversationState): StateAccessors {
  return {
    conversationState,
    dialogState: conversationState.createProperty<DialogState>('dialogState'),
    profile: conversationState.createProperty<ConversationProfile>('profile'),
  };
}
