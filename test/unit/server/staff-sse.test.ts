import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { openEventStream, type EventStream } from '../../../src/server/sse';

/** Reads an SSE response and resolves when `predicate` holds on the text received so far. */
function readUntil(res: IncomingMessage, predicate: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`timed out; got ${JSON.stringify(text)}`)), 5000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (predicate(text)) { clearTimeout(timer); res.off('data', onData); resolve(text); }
    };
    res.on('data', onData);
  });
}

describe('openEventStream', () => {
  let server: Server;
  let url: string;
  let stream: EventStream | undefined;
  let opened: Promise<EventStream>;
  let closedCount = 0;

  beforeEach(async () => {
    server = restify.createServer();
    let resolveOpened: (s: EventStream) => void = () => undefined;
    opened = new Promise((r) => { resolveOpened = r; });
    server.get('/events', async (req, res) => {
      stream = openEventStream(req, res, { heartbeatMs: 50, retryMs: 1234 });
      stream.onClose(() => { closedCount += 1; });
      resolveOpened(stream);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
  });

  afterEach(async () => {
    stream?.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('sends the SSE headers, a retry hint, events as one-line JSON, and heartbeat comments', async () => {
    const res = await new Promise<IncomingMessage>((r) => get(url, r));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(res.headers['x-accel-buffering']).toBe('no');
    expect(res.headers['cache-control']).toContain('no-store');
    const s = await opened;
    expect(s.send('case', { text: 'line one\nline two\r\n<script>' }, '1-0')).toBe(true);
    const text = await readUntil(res, (t) => t.includes(': ping\n\n') && t.includes('event: case'));
    expect(text.startsWith('retry: 1234\n\n')).toBe(true);
    expect(text).toContain('id: 1-0\nevent: case\ndata: {"text":"line one\\nline two\\r\\n<script>"}\n\n');
    res.destroy();
  });

  it('runs the close listeners once when the client goes away, and stops sending', async () => {
    closedCount = 0;
    const res = await new Promise<IncomingMessage>((r) => get(url, r));
    const s = await opened;
    const closed = new Promise<void>((r) => s.onClose(r));
    res.destroy();
    await closed;
    expect(s.closed).toBe(true);
    expect(closedCount).toBe(1);
    expect(s.send('case', {})).toBe(false);
    s.close();
    expect(closedCount).toBe(1);
  });

  it('close() ends the response for the client', async () => {
    const res = await new Promise<IncomingMessage>((r) => get(url, r));
    const s = await opened;
    const ended = new Promise<void>((r) => res.on('end', r));
    res.resume();
    s.close();
    await ended;
    expect(s.closed).toBe(true);
  });
});
