import { CardFactory, Channels, MessageFactory, type Activity } from 'botbuilder';
import type { ConversationProfile } from '../bots/conversation-state';
import type { Knowledge } from '../src/knowledge';
import { localize } from '../src/knowledge';
import { textFor, type DialogDeps } from './dialog-deps';

/** One line per emergency contact, from knowledge/contacts.json (each sourced there). */
export function emergencyContactLines(deps: DialogDeps, profile: ConversationProfile, knowledge: Knowledge = deps.knowledge): string {
  const language = profile.language ?? deps.settings.defaultLocale;
  return knowledge.crisisContacts()
    .map((c) => textFor(deps, profile, 'crisis.contactLine', {
      number: c.number,
      label: localize(c.label, language, profile.persona),
      when: localize(c.when, language, profile.persona),
    }))
    .join('\n');
}

/** The message sent at once on any crisis signal: contacts first, then the offer of a person. */
export function crisisMessage(deps: DialogDeps, profile: ConversationProfile): string {
  return [textFor(deps, profile, 'crisis.intro'), emergencyContactLines(deps, profile), textFor(deps, profile, 'crisis.notAlone')].join('\n\n');
}

/**
 * The crisis message as an activity. Teams gets the contacts as an Adaptive Card (v1.4, which Teams
 * renders on desktop and mobile) under a short text; other channels get the plain text, which every
 * client shows and screen readers read in order.
 */
export function crisisActivity(deps: DialogDeps, profile: ConversationProfile, channelId: string): Partial<Activity> {
  if (channelId !== Channels.Msteams) return MessageFactory.text(crisisMessage(deps, profile));
  const language = profile.language ?? deps.settings.defaultLocale;
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    body: [
      {
        type: 'FactSet',
        facts: deps.knowledge.crisisContacts().map((c) => ({
          title: c.number,
          value: `${localize(c.label, language, profile.persona)} — ${localize(c.when, language, profile.persona)}`,
        })),
      },
      { type: 'TextBlock', text: textFor(deps, profile, 'crisis.notAlone'), wrap: true, weight: 'Bolder' },
    ],
  };
  return MessageFactory.attachment(CardFactory.adaptiveCard(card), textFor(deps, profile, 'crisis.intro'));
}
