import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import type { Logger } from '../../log';
import type { Keys } from '../../queue/keys';

/** What the embedded Direct Line needs from the composition root. */
export interface DirectLineDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** Base URL of this server as the bot must reach it (used as serviceUrl). */
  baseUrl: () => string;
  /** Secret for signing tokens (random per process when empty). */
  secret: string;
  tokenTtlSeconds: number;
  /** Present in Redis mode: conversations and activities are kept there. */
  redis?: Redis;
  keys: Keys;
  log: Logger;
  widgetAllowedOrigins: string[];
  defaultLocale: 'fr' | 'en';
  /** True when MicrosoftAppId is empty. */
  authDisabled: boolean;
}

export interface DirectLine {
  close(): Promise<void>;
}

/** Registers /v3/directline/*, the connector routes it needs, and the widget page at `/`. */
export function registerDirectLine(_server: Server, _deps: DirectLineDeps): DirectLine {
  // Built by the channels work (issue 5).
  return { close: async () => undefined };
}
