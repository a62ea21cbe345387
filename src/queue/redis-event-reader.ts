import type { Redis } from 'ioredis';
import type { Logger } from '../log';
import type { CaseEvent } from './case';
import { decodeStreamEvent } from './case-codec';

export interface RedisEventReaderOptions {
  redis: Redis;
  stream: string;
  log: Logger;
  onEvent: (event: CaseEvent) => void;
  /** XREAD BLOCK timeout; a read returns at once when an event arrives. @default 5000 */
  blockMs?: number;
  /** Pause after a failed read (Redis down), doubling up to 8×. @default 250 */
  retryMs?: number;
}

type XReadReply = [string, [string, string[]][]][] | null;

/**
 * Live fan-out across instances: tails the case event stream with XREAD BLOCK on its own connection
 * (a blocking read holds its connection). It resumes from the last id it saw after a Redis outage, so
 * events published meanwhile are delivered once Redis is back, unlike pub/sub.
 */
export class RedisEventReader {
  private readonly connection: Redis;
  private stopped = false;
  private lastId = '$';
  readonly ready: Promise<void>;
  private readonly done: Promise<void>;

  constructor(private readonly options: RedisEventReaderOptions) {
    this.connection = options.redis.duplicate();
    this.connection.on('error', () => undefined); // failures surface as rejected reads, handled in loop()
    let markReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => { markReady = resolve; });
    this.done = this.loop(markReady);
  }

  private async loop(markReady: () => void): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (this.lastId === '$') this.lastId = await this.latestId();
        markReady();
        const reply = (await this.connection.xread('COUNT', 500, 'BLOCK', this.options.blockMs ?? 5000, 'STREAMS', this.options.stream, this.lastId)) as XReadReply;
        failures = 0;
        for (const [, entries] of reply ?? []) for (const [id, fields] of entries) this.deliver(id, fields);
      } catch (err) {
        if (this.stopped) break;
        failures += 1;
        if (failures === 1) this.options.log.warn('case event reader: read failed, retrying', { err });
        await new Promise((resolve) => setTimeout(resolve, (this.options.retryMs ?? 250) * 2 ** Math.min(failures - 1, 3)));
      }
    }
  }

  /** Where live reading starts: the newest entry now ("0-0" when the stream is empty). */
  private async latestId(): Promise<string> {
    const last = (await this.connection.xrevrange(this.options.stream, '+', '-', 'COUNT', 1)) as [string, string[]][];
    return last[0]?.[0] ?? '0-0';
  }

  private deliver(id: string, fields: string[]): void {
    this.lastId = id;
    let event: CaseEvent;
    try {
      event = decodeStreamEvent(id, fields);
    } catch (err) {
      this.options.log.warn('case event reader: skipped a malformed event', { id, err });
      return;
    }
    this.options.onEvent(event);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.connection.disconnect();
    await this.done;
  }
}
