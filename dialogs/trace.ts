import { ActivityTypes, Channels, type TurnContext } from 'botbuilder';

/**
 * Debug traces, on the emulator channel only (the Bot Framework convention recognizers follow):
 * `triage` after each triage of free text, `handoff` when a case is queued. See INTERFACES.md.
 */
export async function sendTrace(context: TurnContext, name: 'triage' | 'handoff', label: string, value: object): Promise<void> {
  if (context.activity.channelId !== Channels.Emulator) return;
  await context.sendActivity({ type: ActivityTypes.Trace, name, label, valueType: `https://rempart/${name}`, value });
}
