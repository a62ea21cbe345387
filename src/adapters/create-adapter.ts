import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Config } from '../config/env';

/**
 * CloudAdapter for every channel. With an empty app id, auth is disabled (Emulator mode, embedded
 * Direct Line); with one, the Bot Framework JWT of each request is checked.
 */
export function createAdapter(config: Config): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
}
