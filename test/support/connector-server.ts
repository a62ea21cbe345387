import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity the bot posted to the channel's connector. */
export interface CapturedActivity {
  conversationId: string;
  activity: { type: string; text?: string; name?: string; value?: unknown; suggestedActions?: { actions: { title: string; value: unknown }[] }; attachments?: unknown[]; [key: string]: unknown };
}

/**
 * A minimal Bot Framework connector (what the Emulator or Azure would run) on loopback: captures
 * the activities the bot sends to `serviceUrl`, and lets tests wait for them. Stands in for the
 * channel service, which cannot run here; the bot, adapter and HTTP are the real ones.
 */
export class ConnectorServer {
  readonly received: CapturedActivity[] = [];
  private server?: Server;
  private waiters: (() => void)[] = [];
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  for(conversationId: string): CapturedActivity['activity'][] {
    return this.received.filter((r) => r.conversationId === conversationId).map((r) => r.activity);
  }

  /** Resolves when `predicate` holds over the received activities, or rejects after `timeoutMs`. */
  async waitFor(predicate: (all: CapturedActivity[]) => boolean, timeoutMs = 10_000): Promise<void> {
    if (predicate(this.received)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for bot activities')), timeoutMs);
      const check = () => {
        if (predicate(this.received)) {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== check);
          resolve();
        }
      };
      this.waiters.push(check);
    });
  }

  private handle(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CapturedActivity['activity'];
        this.received.push({ conversationId: decodeURIComponent(match[1]), activity });
        for (const w of [...this.waiters]) w();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a${this.received.length}` }));
    });
  }
}
