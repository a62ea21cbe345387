import { ActivityEventNames, ActivityTypes, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { Logger } from '../../log';
import type { ConnectorGate } from './connector-gate';

export interface BotBridgeOptions {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  gate: ConnectorGate;
  /** The bot's app id ('' without one): used for the turn's claims, as Azure's Direct Line would. */
  botAppId: string;
  log: Logger;
}

/**
 * Feeds Direct Line activities into the same CloudAdapter and bot as every channel, in process:
 * the turn is authenticated by construction (we built the activity), so no JWT and no loop over
 * HTTP to /api/messages. Replies go through a connector that posts to our own connector routes.
 * Turns of one conversation run one after another, as a channel delivers them.
 */
export class BotBridge {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(private readonly options: BotBridgeOptions) {}

  /** Queues a turn for the activity's conversation; resolves when that turn has ended. */
  deliver(activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const turn = previous.then(() => this.run(activity));
    const tail = turn.finally(() => {
      if (this.chains.get(conversationId) === tail) this.chains.delete(conversationId);
    });
    this.chains.set(conversationId, tail);
    return turn;
  }

  /** Resolves when every queued turn has ended. */
  async drain(): Promise<void> {
    while (this.chains.size > 0) await Promise.allSettled([...this.chains.values()]);
  }

  /**
   * A proactive turn (staff reply, handoff notice) into a Direct Line conversation, through the same
   * adapter, with the connector that posts to our connector routes: no Azure token, app id or not.
   */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
      reference,
      true,
    );
    await this.options.adapter.processActivityDirect(this.authResult(), activity as Activity, logic);
  }

  private authResult() {
    const appId = this.options.botAppId;
    const claimsIdentity = new ClaimsIdentity(
      [
        { type: AuthenticationConstants.AudienceClaim, value: appId },
        { type: AuthenticationConstants.AppIdClaim, value: appId },
      ],
      true,
    );
    return { audience: AuthenticationConstants.ToChannelFromBotOAuthScope, claimsIdentity, connectorFactory: this.options.gate.connectorFactory() };
  }

  private async run(activity: Partial<Activity>): Promise<void> {
    try {
      await this.options.adapter.processActivityDirect(this.authResult(), activity as Activity, this.options.logic);
    } catch (err) {
      // The adapter's onTurnError already told the user; this is a failure around the turn itself.
      this.options.log.error('Direct Line turn failed', { err, conversationId: activity.conversation?.id, type: activity.type });
    }
  }
}
