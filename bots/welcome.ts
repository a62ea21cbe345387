import type { ConversationProfile } from './conversation-state';
import { textFor, type DialogDeps } from '../dialogs/dialog-deps';

/** Who the bot is, that it is not an emergency service, what it keeps and for how long, anonymity. */
export function welcomeMessage(deps: DialogDeps, profile: ConversationProfile, askWhatHappened: boolean): string {
  const emergency = deps.knowledge.crisisContacts().filter((c) => c.id === '112' || c.id === '17' || c.id === '114').map((c) => c.number).join(' / ');
  const days = Math.round(deps.settings.stateTtlSeconds / 86400);
  const lines = [textFor(deps, profile, 'welcome.intro', { emergency, days })];
  if (askWhatHappened) lines.push(textFor(deps, profile, 'triage.askWhatHappened'));
  return lines.join('\n\n');
}
