import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { silentLogger } from '../../src/log';

/**
 * "Erase my data" on the widget: the bot state, the case and the embedded Direct Line's log of the
 * conversation are all gone; the client's watermarks stay valid. Driven over the Direct Line HTTP API.
 */
let app: App;
let base: string;

beforeAll(async () => {
  app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'error', STAFF_TOKENS: 'sup:supervisor:supervisor-token-0123456789' }), { log: silentLogger, waitingRoomIntervalMs: 0 });
  base = await app.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app.close();
});

type Page = { activities: { type: string; text?: string; from?: { role?: string } }[]; watermark: string };

test('erase removes every word from the server side of the widget conversation', async () => {
  const generated = (await (await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string };
  const started = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${generated.token}` } });
  expect(started.status).toBe(201);
  const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const say = async (text: string) => {
    const res = await fetch(`${base}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', text, from: { id: 'ignored', role: 'user' }, locale: 'fr-FR' }),
    });
    expect(res.status).toBe(200);
  };
  const list = async (watermark = '') => (await (await fetch(`${base}/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { headers: auth })).json()) as Page;

  /** Polls like the widget does until the bot has said something new that matches. */
  const botSaid = async (pattern: RegExp, after = 0) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const page = await list();
      if (page.activities.slice(after).some((a) => a.from?.role === 'bot' && pattern.test(a.text ?? ''))) return page.activities.length;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`bot never said ${pattern}`);
  };
  let seen = 0;
  const turn = async (text: string, reply: RegExp) => {
    await say(text);
    seen = await botSaid(reply, seen);
  };

  await turn('mon ex menace de publier mes photos intimes sur insta', /intimes/);
  await turn('je veux parler à un psy', /psychologue \?/);
  await turn('oui', /résumé/);
  await turn('oui', /transmise/);
  const sup = { name: 'sup', role: 'supervisor' as const };
  expect(await app.handoff.list(sup, {})).toHaveLength(1);
  const before = await list();
  expect(before.activities.some((a) => a.text?.includes('photos intimes'))).toBe(true);

  await turn('efface mes données', /effacer/);
  await say('oui');
  // the erase runs at the end of that turn: wait until the log holds no text any more
  const deadline = Date.now() + 10_000;
  let after = await list();
  while (Date.now() < deadline && after.activities.some((a) => (a.text ?? '').length > 0)) {
    await new Promise((r) => setTimeout(r, 50));
    after = await list();
  }
  expect(after.activities.length).toBeGreaterThanOrEqual(before.activities.length);
  expect(after.activities.filter((a) => (a.text ?? '').length > 0)).toEqual([]);
  expect(await app.handoff.list(sup, {})).toHaveLength(0);

  // the conversation goes on from the client's watermark: a new message starts afresh with the welcome
  await say('salut');
  await botSaid(/Rempart/, after.activities.length);
  const fresh = await list(after.watermark);
  expect(fresh.activities.some((a) => a.from?.role === 'bot' && /Rempart/.test(a.text ?? ''))).toBe(true);
});
