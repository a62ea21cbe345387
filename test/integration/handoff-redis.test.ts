import { Redis } from 'ioredis';
import { createHandoffService } from '../../src/handoff/handoff-service';
import type { HandoffService, StaffMember } from '../../src/handoff/types';
import { createWaitEstimator } from '../../src/handoff/wait-estimator';
import { WaitingRoom } from '../../src/handoff/waiting-room';
import { silentLogger } from '../../src/log';
import type { CaseDraft, CaseEvent } from '../../src/queue/case';
import { CaseAlreadyClaimedError } from '../../src/queue/errors';
import { createKeys, type Keys } from '../../src/queue/keys';
import { RedisCaseStore } from '../../src/queue/redis-case-store';
import { deleteKeys, testPrefix } from '../support/redis-prefix';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { RecordingNotifier } from '../support/recording-notifier';

const staff = (name: string): StaffMember => ({ name, role: 'psychologist' });
const draft = (conversationId: string): CaseDraft => ({
  queue: 'psychologist', situation: 'threats', crisis: false, persona: 'teen', language: 'fr', channel: 'webchat',
  conversationId, summary: 'Menaces', consentToShare: false,
});
const ref = (conversationId: string) => ({ channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } });

/** Two bot instances: each its own connection, store, notifier and service, on one Redis. */
interface Instance { redis: Redis; store: RedisCaseStore; notifier: RecordingNotifier; handoff: HandoffService }

let server: RedisServerHandle;
let keys: Keys;
let a: Instance;
let b: Instance;

function instance(): Instance {
  const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
  const store = new RedisCaseStore({ redis, keys });
  const notifier = new RecordingNotifier();
  return { redis, store, notifier, handoff: createHandoffService({ store, notifier, log: silentLogger }) };
}

beforeAll(async () => { server = await startRedisServer(); });
afterAll(async () => { await server.dispose(); });
beforeEach(() => {
  keys = createKeys(testPrefix());
  a = instance();
  b = instance();
});
afterEach(async () => {
  await deleteKeys(a.redis, keys.prefix);
  for (const i of [a, b]) {
    await i.handoff.shutdown();
    await i.redis.quit();
  }
});

describe('HandoffService on Redis, two instances', () => {
  test('20 parallel claims across both instances: exactly one winner, 19 CaseAlreadyClaimedError', async () => {
    const { case: c } = await a.handoff.request(draft('conv-race'), ref('conv-race'));
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).handoff.claim(staff(`staff-${i}`), c.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost).toHaveLength(19);
    for (const r of lost) expect(r.reason).toBeInstanceOf(CaseAlreadyClaimedError);
    expect([...a.notifier.kinds(), ...b.notifier.kinds()]).toEqual(['claimed']);
  });

  test('relay: a user message through one instance reaches staff subscribed on the other, and back', async () => {
    const seen: CaseEvent[] = [];
    const arrived = new Promise<CaseEvent>((resolve) => a.handoff.subscribe((e) => { seen.push(e); if (e.type === 'case.message') resolve(e); }));
    await a.store.eventsReady();
    const { case: c } = await b.handoff.request(draft('conv-relay'), ref('conv-relay'));
    await a.handoff.claim(staff('alice'), c.id);
    await b.handoff.userMessage(c.id, 'ils ont mon adresse');
    const event = await arrived;
    expect(event).toMatchObject({ caseId: c.id, actor: 'user', entry: { from: 'user', text: 'ils ont mon adresse' } });
    expect(seen.map((e) => e.type)).toEqual(['case.queued', 'case.claimed', 'case.message']);

    // The staff reply goes out from the instance that received the HTTP call, with the reference stored in Redis.
    await a.handoff.reply(staff('alice'), c.id, 'Je suis là.');
    expect(a.notifier.sent.at(-1)).toMatchObject({ conversationId: 'conv-relay', notice: { kind: 'staff_message', text: 'Je suis là.' } });
    const escalated = new Promise<CaseEvent>((resolve) => a.handoff.subscribe((e) => { if (e.type === 'case.escalated') resolve(e); }));
    await b.handoff.escalate(c.id);
    expect(await escalated).toMatchObject({ caseId: c.id, priority: 'emergency' });
  });

  test('waiting rooms of both instances: one tick sends, what was told survives a fresh room', async () => {
    const now = new Date(Date.now() + 6 * 60_000);
    const rooms = [a, b].map((i) => new WaitingRoom({
      store: i.store, notifier: i.notifier, estimator: createWaitEstimator({ store: i.store }), log: silentLogger, intervalMs: 5000, now: () => now,
    }));
    await a.handoff.request(draft('conv-w1'), ref('conv-w1'));
    await a.handoff.request(draft('conv-w2'), ref('conv-w2'));
    const reports = await Promise.all(rooms.map((r) => r.tick()));
    expect(reports.map((r) => r.ran).sort()).toEqual([false, true]);
    expect([...a.notifier.kinds(), ...b.notifier.kinds()]).toEqual(['still_waiting', 'still_waiting']);
    await a.redis.del(keys.lock('waiting-room'));
    const again = await new WaitingRoom({ store: b.store, notifier: b.notifier, estimator: createWaitEstimator({ store: b.store }), log: silentLogger, now: () => now }).tick();
    expect(again).toEqual({ ran: true, positionNotices: 0, stillWaitingNotices: 0 });
  });

  test('stats and audit come from Redis', async () => {
    const { case: c } = await a.handoff.request(draft('conv-s'), ref('conv-s'));
    await b.handoff.claim(staff('alice'), c.id);
    const stats = await a.handoff.stats({ name: 'sam', role: 'supervisor' });
    expect(stats.queues.psychologist).toMatchObject({ waiting: 0, claimed: 1, oldestWaitSeconds: null });
    expect(stats.queues.psychologist.medianWaitSecondsLastDay).toBeGreaterThanOrEqual(0);
    expect((await a.store.auditTrail(5)).map((e) => [e.actor, e.action, e.caseId])).toEqual([['alice', 'claim', c.id]]);
  });
});
