// natural (triage) calls dotenv on import and would print to stdout: keep it quiet.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import { createApp } from './app';
import { loadConfig } from './config/env';
import { ConfigError } from './config/errors';
import { createLogger } from './log';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const app = await createApp(config, { log });

  // Handlers first, then listen: a SIGTERM right after start must still shut down gracefully.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(() => process.exit(0), (err: unknown) => { log.error('shutdown failed', { err }); process.exit(1); });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const url = await app.listen();
  log.info('rempart listening', { url, port: config.port, auth: config.bot.appId ? 'bot-framework-jwt' : 'disabled (emulator mode)' });
}

main().catch((err: unknown) => {
  process.stderr.write(`rempart failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
