import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../log';
import type { ConversationStore } from './conversation-store';
import type { TokenSigner } from './token-signer';

export interface StreamServerOptions {
  store: ConversationStore;
  signer: TokenSigner;
  log: Logger;
  /** Server → client ping interval; also closes dead sockets. @default 30000 */
  pingMs?: number;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/**
 * The Direct Line WebSocket stream: `streamUrl` carries the token as `t=` (browsers cannot set headers
 * on a WebSocket). Sends `{activities, watermark}` frames from the given watermark on, then each new batch.
 */
export class StreamServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly pinger: NodeJS.Timeout;
  private readonly alive = new WeakSet<WebSocket>();
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(req, socket, head);

  constructor(private readonly http: HttpServer, private readonly options: StreamServerOptions) {
    http.on('upgrade', this.onUpgrade);
    this.pinger = setInterval(() => this.ping(), options.pingMs ?? 30_000);
    this.pinger.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    this.http.off('upgrade', this.onUpgrade);
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return; // Not ours: another upgrade listener may take it.
    const conversationId = decodeURIComponent(match[1]);
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    try {
      this.options.signer.verify(url.searchParams.get('t') ?? undefined, conversationId);
    } catch {
      refuse('403 Forbidden'); // Any token problem: the client must fetch a new streamUrl.
      return;
    }
    if (!(await this.options.store.get(conversationId))) {
      refuse('404 Not Found');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversationId, url.searchParams.get('watermark') ?? ''));
  }

  private serve(ws: WebSocket, conversationId: string, watermark: string): void {
    this.alive.add(ws);
    let sent = watermark;
    let sending = Promise.resolve();
    const flush = () => {
      sending = sending.then(async () => {
        const page = await this.options.store.list(conversationId, sent);
        if (page.activities.length === 0 || ws.readyState !== ws.OPEN) return;
        sent = page.watermark;
        ws.send(JSON.stringify(page));
      }).catch((err: unknown) => this.options.log.warn('Direct Line stream could not read activities', { err, conversationId }));
    };
    const unsubscribe = this.options.store.subscribe(conversationId, flush);
    ws.on('pong', () => this.alive.add(ws));
    ws.on('message', () => undefined); // The client's "" keep-alive frames.
    ws.on('close', unsubscribe);
    ws.on('error', (err) => this.options.log.debug('Direct Line stream socket error', { err, conversationId }));
    flush();
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}
