import type { TurnContext } from 'botbuilder';
import type { ConversationProfile } from '../bots/conversation-state';
import type { QueueName } from '../src/domain/labels';
import type { CaseDraft } from '../src/queue/case';
import type { DialogDeps } from './dialog-deps';

/**
 * What staff get. Structured fields always; the user's own words only with their consent.
 * The summary is written in the staff console's language (French, the helpline's), from the locale file.
 */
export function buildCaseDraft(deps: DialogDeps, context: TurnContext, profile: ConversationProfile, queue: QueueName, consent: boolean, both: boolean): CaseDraft {
  const situation = profile.situation ?? 'other';
  const facts = [
    deps.i18n.t('fr', `summary.situation.${situation}`),
    deps.i18n.t('fr', `summary.persona.${profile.persona}`),
    profile.age !== undefined ? deps.i18n.t('fr', 'summary.age', { age: profile.age }) : '',
    profile.platform ? deps.i18n.t('fr', 'summary.platform', { platform: profile.platform }) : '',
    profile.crisis ? deps.i18n.t('fr', 'summary.crisis') : '',
    both ? deps.i18n.t('fr', 'summary.alsoJurist') : '',
    consent ? '' : deps.i18n.t('fr', 'summary.noConsent'),
  ].filter((s) => s.length > 0);
  const words = consent && profile.description ? `\n${deps.i18n.t('fr', 'summary.userWords')} ${profile.description}` : '';
  return {
    queue,
    situation,
    crisis: profile.crisis,
    persona: profile.persona,
    language: profile.language ?? deps.settings.defaultLocale,
    channel: context.activity.channelId,
    conversationId: context.activity.conversation.id,
    age: profile.age,
    platform: profile.platform,
    summary: facts.join(' · ') + words,
    consentToShare: consent,
    coverage: profile.coverage,
    transcript: consent && profile.description
      ? [{ at: deps.now().toISOString(), from: 'user', text: profile.description }]
      : undefined,
  };
}
