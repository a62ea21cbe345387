import type { ConversationProfile } from '../bots/conversation-state';
import type { QueueTicket } from '../src/handoff/types';
import { textFor, type DialogDeps } from './dialog-deps';

/** "You are n-th in the psychologist queue; about m minutes" (or: no estimate yet). */
export function placeAndWait(deps: DialogDeps, profile: ConversationProfile, ticket: QueueTicket): string {
  const queueName = textFor(deps, profile, `handoff.queueName.${ticket.case.queue}`);
  const place = textFor(deps, profile, 'handoff.place', { position: ticket.position, queueName });
  const wait = ticket.estimatedWaitMinutes === null
    ? textFor(deps, profile, 'handoff.waitUnknown')
    : textFor(deps, profile, 'handoff.wait', { minutes: Math.max(1, Math.round(ticket.estimatedWaitMinutes)) });
  return `${place} ${wait}`;
}

export function queuedMessage(deps: DialogDeps, profile: ConversationProfile, ticket: QueueTicket): string {
  const head = textFor(deps, profile, ticket.created ? 'handoff.queued' : 'handoff.alreadyQueued');
  return [head, placeAndWait(deps, profile, ticket), textFor(deps, profile, 'handoff.whileWaiting')].join('\n\n');
}
