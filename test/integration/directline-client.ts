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

export interface Client {
  dl: DirectLine;
  received: Activity[];
  errors: unknown[];
  /** Resolves with the first received activity (past or future) that matches; rejects after timeoutMs. */
  waitFor(match: (a: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  post(activity: Partial<Activity> & { type: string }): Promise<string>;
  close(): void;
}

export function connect(baseUrl: string, options: Omit<DirectLineOptions, 'domain'>): Client {
  const dl = new DirectLine({ domain: `${baseUrl}/v3/directline`, pollingInterval: 200, timeout: 5000, ...options });
  const received: Activity[] = [];
  const errors: unknown[] = [];
  const waiters: { match: (a: Activity) => boolean; resolve: (a: Activity) => void }[] = [];
  const subscription = dl.activity$.subscribe(
    (a) => {
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

export const isBotMessage = (a: Activity) => a.type === 'message' && a.from.role === 'bot';
