import type { Request, Response } from 'restify';

export interface EventStreamOptions {
  /** A comment line this often keeps proxies and load balancers from closing an idle stream. @default 15000 */
  heartbeatMs?: number;
  /** Reconnection delay the browser should use. @default 3000 */
  retryMs?: number;
}

export interface EventStream {
  /** Sends one event; `data` is JSON-encoded on one line. Returns false once closed. */
  send(event: string, data: unknown, id?: string): boolean;
  /** Ends the response (server shutdown); the close listeners run. */
  close(): void;
  onClose(listener: () => void): void;
  readonly closed: boolean;
}

/**
 * Turns a restify response into a text/event-stream. Writes go straight to the Node response
 * (restify's formatters would buffer and JSON-wrap). `X-Accel-Buffering: no` stops nginx from
 * holding events back. The stream ends when the client goes away or `close()` is called.
 */
export function openEventStream(req: Request, res: Response, options: EventStreamOptions = {}): EventStream {
  const listeners: Array<() => void> = [];
  let closed = false;
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
    'X-Content-Type-Options': 'nosniff',
  });
  res.write(`retry: ${options.retryMs ?? 3000}\n\n`);
  const heartbeat = setInterval(() => { if (!closed) res.write(': ping\n\n'); }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  const finish = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const listener of listeners.splice(0)) listener();
  };
  req.on('close', finish);
  res.on('close', finish);
  res.on('error', finish);

  return {
    get closed() { return closed; },
    send(event, data, id) {
      if (closed) return false;
      // Event names and ids come from our code; strip newlines anyway so a field can never split an event.
      const clean = (s: string) => s.replace(/[\r\n]/g, '');
      const lines = [...(id ? [`id: ${clean(id)}`] : []), `event: ${clean(event)}`, `data: ${JSON.stringify(data)}`];
      res.write(`${lines.join('\n')}\n\n`);
      return true;
    },
    close() {
      if (closed) return;
      res.end();
      finish();
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
}
