import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { StaffAccount } from '../../src/config/staff-tokens';
import type { HandoffService } from '../../src/handoff/types';
import { silentLogger } from '../../src/log';
import type { CaseDraft } from '../../src/queue/case';
import type { AuditEntry } from '../../src/queue/audit-entry';
import { createServer } from '../../src/server/create-server';
import { registerStaffRoutes } from '../../src/server/routes/staff-routes';

/** Staff accounts used by the staff API tests (tokens are long enough for parseStaffTokens). */
export const STAFF = {
  alice: { name: 'alice', role: 'psychologist', token: 'alice-psy-token-000000000001' },
  dave: { name: 'dave', role: 'psychologist', token: 'dave-psy-token-0000000000002' },
  bob: { name: 'bob', role: 'jurist', token: 'bob-jurist-token-00000000003' },
  carol: { name: 'carol', role: 'supervisor', token: 'carol-sup-token-000000000004' },
} satisfies Record<string, StaffAccount>;
export const STAFF_ACCOUNTS: StaffAccount[] = Object.values(STAFF);

export { RecordingNotifier } from './recording-notifier';

let draftCounter = 0;
/** A case draft with a fresh conversation id. */
export function draft(overrides: Partial<CaseDraft> = {}): CaseDraft {
  draftCounter += 1;
  return {
    queue: 'psychologist', situation: 'insults', crisis: false, persona: 'teen', language: 'fr', channel: 'webchat',
    conversationId: `conv-${process.pid}-${Date.now()}-${draftCounter}`, summary: 'Insultes répétées sur Instagram.',
    consentToShare: true, age: 15, platform: 'instagram', ...overrides,
  };
}

export const referenceFor = (d: CaseDraft) => ({
  conversation: { id: d.conversationId, isGroup: false, conversationType: 'personal', name: '' },
  channelId: d.channel, serviceUrl: 'http://127.0.0.1:1/', user: { id: 'user-1', name: 'user' }, bot: { id: 'bot', name: 'bot' },
});

export interface StaffServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startStaffServer(handoff: HandoffService, extra: { auditTrail?: (limit: number) => Promise<AuditEntry[]>; sseHeartbeatMs?: number; accounts?: StaffAccount[] } = {}): Promise<StaffServer> {
  const server = createServer(silentLogger);
  const routes = registerStaffRoutes(server, { handoff, staff: extra.accounts ?? STAFF_ACCOUNTS, log: silentLogger, auditTrail: extra.auditTrail, sseHeartbeatMs: extra.sseHeartbeatMs });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    server,
    async close() {
      await routes.close();
      // A browser may keep a connection busy (keep-alive, a request cut mid-way): tests need not wait for it.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeAllConnections();
      await closed;
    },
  };
}

export interface Reply<T = unknown> { status: number; body: T; headers: Headers }

/** One HTTP call with an optional bearer token. */
export async function call<T = Record<string, unknown>>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = text ? JSON.parse(text) : null; } catch (err) { parsed = { raw: text, err: String(err) }; }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface SseEvent { event: string; data: Record<string, unknown>; id?: string }

export interface SseClient {
  status: number;
  events: SseEvent[];
  raw(): string;
  waitFor(predicate: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

/** A minimal text/event-stream reader over node:http (bounded waits, no sleeps). */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res: IncomingMessage) => {
      let buffer = '';
      let all = '';
      const events: SseEvent[] = [];
      const waiters: Array<() => void> = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        all += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
          if (fields.data !== undefined) events.push({ event: fields.event ?? 'message', data: JSON.parse(fields.data) as Record<string, unknown>, id: fields.id });
        }
        for (const wake of waiters.splice(0)) wake();
      });
      res.on('error', () => undefined);
      resolve({
        status: res.statusCode ?? 0,
        events,
        raw: () => all,
        async waitFor(predicate, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const found = events.find(predicate);
            if (found) return found;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no matching SSE event; got ${JSON.stringify(events)}`);
            await new Promise<void>((r) => { const timer = setTimeout(r, left); waiters.push(() => { clearTimeout(timer); r(); }); });
          }
        },
        close: () => { req.destroy(); res.destroy(); },
      });
    });
    const timer = setTimeout(() => req.destroy(new Error('SSE connect timed out')), 10_000);
    req.on('response', () => clearTimeout(timer));
    req.on('error', (err) => { clearTimeout(timer); reject(err); });
  });
}
