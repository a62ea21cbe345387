/* Helpers for driving the embedded Direct Line with the official botframework-directlinejs client from Node. */
import './directline-globals';
import { DirectLine, type Activity, type DirectLineOptions } from 'botframework-directlinejs';

export interface GeneratedToken {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

export async function generateToken(baseUrl: string): Promise<GeneratedToken> {
  const res = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`tokens/generate answered ${res.status}`);
  return (await res.json()) as GeneratedToken;
}

/** What the tests read from received activities (directlinejs' Activity is a union without these on every member). */
export interface ReceivedActivity {
  type: string;
  id?: string;
  text?: string;
  replyToId?: string;
  from: { id: string; role?: string };
  conversation?: { id: string };
  channelData?: unknown;
}

/** directlinejs keeps these private; the tests read them as Web Chat's host page would keep them. */
export function sessionOf(dl: DirectLine): { conversationId: string; token: string; watermark: string } {
  return dl as unknown as { conversationId: string; token: string; watermark: string };
}

export interface Client {
  dl: DirectLine;
  received: ReceivedActivity[];
  errors: unknown[];
  /** Resolves with the first received activity (past or future) that matches; rejects after timeoutMs. */
  waitFor(match: (a: ReceivedActivity) => boolean, timeoutMs?: number): Promise<ReceivedActivity>;
  post(activity: Partial<Activity> & { type: string }): Promise<string>;
  close(): void;
}

export function connect(baseUrl: string, options: Omit<DirectLineOptions, 'domain'>): Client {
  const dl = new DirectLine({ domain: `${baseUrl}/v3/directline`, pollingInterval: 200, timeout: 5000, ...options });
  const received: ReceivedActivity[] = [];
  const errors: unknown[] = [];
  const waiters: { match: (a: ReceivedActivity) => boolean; resolve: (a: ReceivedActivity) => void }[] = [];
  const subscription = dl.activity$.subscribe(
    (activity) => {
      const a = activity as unknown as ReceivedActivity;
      received.push(a);
      for (const w of [...waiters]) if (w.match(a)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(a); }
    },
    (err) => errors.push(err),
  );
  return {
    dl,
    received,
    errors,
    waitFor(match, timeoutMs = 8000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching activity within ${timeoutMs} ms; got ${JSON.stringify(received.map((a) => [a.type, a.from?.role]))}`)), timeoutMs);
        waiters.push({ match, resolve: (a) => { clearTimeout(timer); resolve(a); } });
      });
    },
    post(activity) {
      return new Promise((resolve, reject) => {
        dl.postActivity(activity as Activity).subscribe({ next: resolve, error: reject });
      });
    },
    close() {
      subscription.unsubscribe();
      dl.end();
    },
  };
}

export const isBotMessage = (a: ReceivedActivity) => a.type === 'message' && a.from.role === 'bot';
