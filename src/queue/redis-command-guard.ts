import { ReplyError, type Redis } from 'ioredis';
import { StoreUnavailableError } from './errors';

/** Connection states in which a command would only wait in ioredis' offline queue. */
const DOWN_STATES = new Set(['reconnecting', 'close', 'end']);

export type RedisCommand = <T>(command: (redis: Redis) => Promise<T>) => Promise<T>;

/**
 * Runs Redis commands so that they fail fast with StoreUnavailableError while Redis is unreachable
 * (a turn tells the user kindly, /healthz says 503) instead of hanging. Reply errors (a bug in a
 * command or script) pass through unchanged.
 */
export function createCommandGuard(redis: Redis, timeoutMs: number): RedisCommand {
  return async <T>(command: (r: Redis) => Promise<T>): Promise<T> => {
    if (DOWN_STATES.has(redis.status)) throw new StoreUnavailableError(`Redis is unreachable (connection ${redis.status})`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([command(redis), timeout]);
    } catch (err) {
      if (err instanceof ReplyError || err instanceof StoreUnavailableError) throw err;
      throw new StoreUnavailableError('Redis is unreachable', { cause: err });
    } finally {
      clearTimeout(timer);
    }
  };
}
