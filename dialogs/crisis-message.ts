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
