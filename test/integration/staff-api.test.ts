import { createHandoffService } from '../../src/handoff/handoff-service';
import type { HandoffService } from '../../src/handoff/types';
import { silentLogger } from '../../src/log';
import type { Case, TranscriptEntry } from '../../src/queue/case';
import { MemoryCaseStore } from '../../src/queue/memory-case-store';
import { STAFF_CONSOLE_CSP } from '../../src/server/routes/staff-console-route';
import {
  call, draft, openSse, RecordingNotifier, referenceFor, STAFF, startStaffServer, type StaffServer,
} from '../support/staff-harness';

// The staff API over HTTP with the real HandoffService on the embedded store.
describe('staff API (embedded store)', () => {
  let store: MemoryCaseStore;
  let notifier: RecordingNotifier;
  let handoff: HandoffService;
  let srv: StaffServer;
  let psyCase: Case;
  let juristCase: Case;

  beforeEach(async () => {
    store = new MemoryCaseStore();
    notifier = new RecordingNotifier();
    handoff = createHandoffService({ store, notifier, log: silentLogger });
    srv = await startStaffServer(handoff, { auditTrail: (limit) => store.auditTrail(limit) });
    const p = draft({ queue: 'psychologist' });
    psyCase = (await handoff.request(p, referenceFor(p))).case;
    const j = draft({ queue: 'jurist', situation: 'identity_theft', persona: 'adult', age: undefined });
    juristCase = (await handoff.request(j, referenceFor(j))).case;
  });

  afterEach(async () => {
    await srv.close();
    await handoff.shutdown();
    await store.dispose();
  });

  const routes = (id: string): Array<[string, string, unknown?]> => [
    ['GET', '/api/staff/me'],
    ['GET', '/api/staff/cases'],
    ['GET', '/api/staff/cases?queue=jurist&status=waiting'],
    ['GET', `/api/staff/cases/${id}`],
    ['POST', `/api/staff/cases/${id}/claim`, {}],
    ['POST', `/api/staff/cases/${id}/messages`, { text: 'bonjour' }],
    ['POST', `/api/staff/cases/${id}/transfer`, { queue: 'psychologist' }],
    ['POST', `/api/staff/cases/${id}/close`, { outcome: 'resolved' }],
    ['GET', '/api/staff/stats'],
    ['GET', '/api/staff/audit'],
    ['POST', '/api/staff/events/ticket', {}],
    ['GET', '/api/staff/events'],
    ['GET', '/api/staff/events?ticket=forged.ticket'],
  ];

  it('answers 401 with WWW-Authenticate on every route without a token or with a wrong one', async () => {
    for (const [method, path, body] of routes(juristCase.id)) {
      for (const token of [undefined, 'not-a-real-token-000000000000', `${STAFF.alice.token}x`]) {
        const res = await call(srv.url, method, path, token, body);
        expect({ method, path, token, status: res.status }).toEqual({ method, path, token, status: 401 });
        expect(res.body).toMatchObject({ error: 'unauthorized' });
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(notifier.notices.filter((n) => n.notice.kind !== 'position')).toEqual([]);
  });

  it('answers 403 to a psychologist on the jurist queue and on every action on a jurist case', async () => {
    const forbidden: Array<[string, string, unknown?]> = [
      ['GET', '/api/staff/cases?queue=jurist'],
      ['GET', `/api/staff/cases/${juristCase.id}`],
      ['POST', `/api/staff/cases/${juristCase.id}/claim`, {}],
      ['POST', `/api/staff/cases/${juristCase.id}/messages`, { text: 'bonjour' }],
      ['POST', `/api/staff/cases/${juristCase.id}/transfer`, { queue: 'psychologist' }],
      ['POST', `/api/staff/cases/${juristCase.id}/close`, { outcome: 'resolved' }],
      ['GET', '/api/staff/audit'],
    ];
    // Let the jurist hold the case, so that reply/transfer/close fail on the role and not on the claim.
    expect((await call(srv.url, 'POST', `/api/staff/cases/${juristCase.id}/claim`, STAFF.bob.token, {})).status).toBe(200);
    for (const [method, path, body] of forbidden) {
      const res = await call(srv.url, method, path, STAFF.alice.token, body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
      expect(JSON.stringify(res.body)).not.toContain(juristCase.summary);
    }
    const detail = await call<Case>(srv.url, 'GET', `/api/staff/cases/${juristCase.id}`, STAFF.bob.token);
    expect(detail.body.status).toBe('claimed');
  });

  it('lists only the queues a role may see, most urgent first', async () => {
    const e = draft({ queue: 'psychologist', crisis: true });
    const emergency = (await handoff.request(e, referenceFor(e))).case;
    const psy = await call<{ cases: Case[] }>(srv.url, 'GET', '/api/staff/cases?status=waiting', STAFF.alice.token);
    expect(psy.status).toBe(200);
    expect(psy.body.cases.map((c) => c.id)).toEqual([emergency.id, psyCase.id]);
    expect(psy.headers.get('cache-control')).toBe('no-store');
    const sup = await call<{ cases: Case[] }>(srv.url, 'GET', '/api/staff/cases?queue=&status=', STAFF.carol.token);
    expect(sup.body.cases.map((c) => c.id).sort()).toEqual([emergency.id, psyCase.id, juristCase.id].sort());
    const jur = await call<{ cases: Case[] }>(srv.url, 'GET', '/api/staff/cases?queue=jurist', STAFF.bob.token);
    expect(jur.body.cases.map((c) => c.id)).toEqual([juristCase.id]);
  });

  it('answers 400 with the zod issues on bad input, and 404 on an unknown case', async () => {
    const bad: Array<[string, string, unknown?]> = [
      ['GET', '/api/staff/cases?queue=police'],
      ['GET', '/api/staff/cases?status=open'],
      ['POST', `/api/staff/cases/${psyCase.id}/messages`, {}],
      ['POST', `/api/staff/cases/${psyCase.id}/messages`, { text: '   ' }],
      ['POST', `/api/staff/cases/${psyCase.id}/messages`, { text: 'x'.repeat(4001) }],
      ['POST', `/api/staff/cases/${psyCase.id}/transfer`, { queue: 'supervisor' }],
      ['POST', `/api/staff/cases/${psyCase.id}/close`, { outcome: '   ' }],
      ['POST', `/api/staff/cases/${psyCase.id}/close`, { outcome: 'x'.repeat(201) }],
      ['POST', `/api/staff/cases/${psyCase.id}/close`, {}],
      ['GET', '/api/staff/cases/bad%20id!'],
    ];
    for (const [method, path, body] of bad) {
      const res = await call(srv.url, method, path, STAFF.carol.token, body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 400 });
      expect(res.body).toMatchObject({ error: 'invalid_input' });
    }
    for (const [method, path, body] of routes('c_doesnotexist').slice(3, 8)) {
      const res = await call(srv.url, method, path, STAFF.carol.token, body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
    }
  });

  it('claims once (409 for the next staff member), relays a reply, transfers and closes, telling the user', async () => {
    const claimed = await call<Case>(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/claim`, STAFF.alice.token, {});
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ id: psyCase.id, status: 'claimed', claimedBy: 'alice' });
    const lost = await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/claim`, STAFF.dave.token, {});
    expect(lost.status).toBe(409);
    expect(lost.body).toMatchObject({ error: 'case_already_claimed' });
    await notifier.waitFor((n) => n.kind === 'claimed');

    const sent = await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/messages`, STAFF.alice.token, { text: 'Bonjour, je suis là.' });
    expect(sent.status).toBe(200);
    expect(await notifier.waitFor((n) => n.kind === 'staff_message')).toEqual({ kind: 'staff_message', staffName: 'alice', text: 'Bonjour, je suis là.' });
    await handoff.userMessage(psyCase.id, 'merci');
    const detail = await call<Case & { transcript: TranscriptEntry[] }>(srv.url, 'GET', `/api/staff/cases/${psyCase.id}`, STAFF.alice.token);
    expect(detail.body.transcript.slice(-2).map((e) => [e.from, e.text])).toEqual([['staff', 'Bonjour, je suis là.'], ['user', 'merci']]);

    const moved = await call<Case>(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/transfer`, STAFF.alice.token, { queue: 'jurist' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ queue: 'jurist', status: 'waiting' });
    expect((await call(srv.url, 'GET', `/api/staff/cases/${psyCase.id}`, STAFF.alice.token)).status).toBe(403);
    expect((await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/claim`, STAFF.bob.token, {})).status).toBe(200);
    const closed = await call<Case>(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/close`, STAFF.bob.token, { outcome: 'referred' });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'referred' });
    expect(await notifier.waitFor((n) => n.kind === 'closed')).toEqual({ kind: 'closed', outcome: 'referred' });
    expect((await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/messages`, STAFF.bob.token, { text: 'encore' })).status).toBe(409);
  });

  it('audits every staff action (who, what, when) and shows the trail to supervisors only', async () => {
    await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/claim`, STAFF.alice.token, {});
    await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/messages`, STAFF.alice.token, { text: 'secret words' });
    await call(srv.url, 'POST', `/api/staff/cases/${psyCase.id}/close`, STAFF.alice.token, { outcome: 'resolved' });
    const trail = await call<{ entries: Array<{ actor: string; action: string; caseId?: string; at: string }> }>(srv.url, 'GET', '/api/staff/audit', STAFF.carol.token);
    expect(trail.status).toBe(200);
    const mine = trail.body.entries.filter((e) => e.caseId === psyCase.id && e.actor === 'alice');
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const e of mine) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    expect(JSON.stringify(trail.body)).not.toContain('secret words');
    expect((await call(srv.url, 'GET', '/api/staff/audit', STAFF.bob.token)).status).toBe(403);
  });

  it('serves me and stats', async () => {
    expect((await call(srv.url, 'GET', '/api/staff/me', STAFF.alice.token)).body).toEqual({ name: 'alice', role: 'psychologist', queues: ['psychologist'] });
    const stats = await call<{ queues: Record<string, { waiting: number }> }>(srv.url, 'GET', '/api/staff/stats', STAFF.carol.token);
    expect(stats.status).toBe(200);
    expect(stats.body.queues.psychologist.waiting).toBe(1);
    expect(stats.body.queues.jurist.waiting).toBe(1);
  });

  it('serves the console with a strict CSP and no case data before sign-in', async () => {
    for (const path of ['/staff', '/staff/staff.js', '/staff/staff-api.js', '/staff/staff-render.js', '/staff/staff-alert.js', '/staff/staff.css', '/staff/i18n.json']) {
      const res = await fetch(`${srv.url}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers.get('content-security-policy')).toBe(STAFF_CONSOLE_CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await res.text();
      expect(text).not.toContain(psyCase.id);
      expect(text).not.toContain(psyCase.summary);
    }
    expect(STAFF_CONSOLE_CSP).toContain("default-src 'self'");
    expect(STAFF_CONSOLE_CSP).not.toContain('unsafe-inline');
    const html = await (await fetch(`${srv.url}/staff`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect((await fetch(`${srv.url}/staff/../package.json`)).status).not.toBe(200);
  });

  it('streams events over a ticket, filtered by queue, and drops the subscription on disconnect', async () => {
    let active = 0;
    let allClosed: () => void = () => undefined;
    const counting: HandoffService = {
      ...handoff,
      subscribe: (l) => {
        active += 1;
        const off = handoff.subscribe(l);
        return () => { active -= 1; off(); if (active === 0) allClosed(); };
      },
    };
    const counted = await startStaffServer(counting);
    try {
      const ticket = await call<{ ticket: string; expiresInSeconds: number }>(counted.url, 'POST', '/api/staff/events/ticket', STAFF.alice.token, {});
      expect(ticket.body.expiresInSeconds).toBe(60);
      expect(ticket.body.ticket).not.toContain(STAFF.alice.token);
      const psy = await openSse(`${counted.url}/api/staff/events?ticket=${encodeURIComponent(ticket.body.ticket)}`);
      const sup = await openSse(`${counted.url}/api/staff/events`, { Authorization: `Bearer ${STAFF.carol.token}` });
      expect([psy.status, sup.status]).toEqual([200, 200]);
      await psy.waitFor((e) => e.event === 'ready');
      await sup.waitFor((e) => e.event === 'ready');
      expect(active).toBe(2);

      const j = draft({ queue: 'jurist', summary: 'JURIST-ONLY summary' });
      const jur = (await handoff.request(j, referenceFor(j))).case;
      await handoff.userMessage(jur.id, 'JURIST-ONLY message');
      const p = draft({ queue: 'psychologist' });
      const psyNew = (await handoff.request(p, referenceFor(p))).case;

      await sup.waitFor((e) => e.data.type === 'case.queued' && e.data.caseId === jur.id);
      await psy.waitFor((e) => e.data.type === 'case.queued' && e.data.caseId === psyNew.id);
      expect(psy.events.some((e) => e.data.caseId === jur.id)).toBe(false);
      expect(psy.raw()).not.toContain('JURIST-ONLY');

      const closed = new Promise<void>((resolve, reject) => {
        allClosed = resolve;
        setTimeout(() => reject(new Error(`${active} subscriptions still open`)), 5000).unref();
      });
      psy.close();
      sup.close();
      await closed;
      expect(active).toBe(0);
    } finally {
      await counted.close();
    }
  });
});
