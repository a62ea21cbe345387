import { Redis } from 'ioredis';
import type { StaffAccount } from '../../src/config/staff-tokens';
import { createHandoffService } from '../../src/handoff/handoff-service';
import type { HandoffService } from '../../src/handoff/types';
import { silentLogger } from '../../src/log';
import type { Case } from '../../src/queue/case';
import { createKeys } from '../../src/queue/keys';
import { RedisCaseStore } from '../../src/queue/redis-case-store';
import { deleteKeys, testPrefix } from '../support/redis-prefix';
import { startRedisServer, type RedisServerHandle } from '../support/redis-server';
import { call, draft, STAFF_ACCOUNTS, openSse, RecordingNotifier, referenceFor, STAFF, startStaffServer, type StaffServer } from '../support/staff-harness';

/** 20 distinct psychologists: a staff member re-claiming their own case is idempotent, so racers must differ. */
const RACERS: StaffAccount[] = Array.from({ length: 20 }, (_, i) => ({ name: `psy${i}`, role: 'psychologist', token: `race-psy-token-${String(i).padStart(12, '0')}` }));

/** One bot instance: its own Redis connection, store, service and restify server. */
interface Instance { redis: Redis; store: RedisCaseStore; handoff: HandoffService; srv: StaffServer; notifier: RecordingNotifier }

// Two staff API servers sharing one real redis-server, as two bot instances behind a load balancer.
describe('staff API on Redis, two instances', () => {
  let redisServer: RedisServerHandle;
  let prefix: string;
  let a: Instance;
  let b: Instance;

  async function instance(): Promise<Instance> {
    const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
    const store = new RedisCaseStore({ redis, keys: createKeys(prefix), log: silentLogger });
    const notifier = new RecordingNotifier();
    const handoff = createHandoffService({ store, notifier, log: silentLogger });
    const srv = await startStaffServer(handoff, { auditTrail: (limit) => store.auditTrail(limit), accounts: [...STAFF_ACCOUNTS, ...RACERS] });
    return { redis, store, handoff, srv, notifier };
  }

  async function stop(i: Instance): Promise<void> {
    await i.srv.close();
    await i.handoff.shutdown();
    await i.store.dispose();
    await i.redis.quit();
  }

  beforeAll(async () => { redisServer = await startRedisServer(); });
  afterAll(async () => { await redisServer.dispose(); });
  beforeEach(async () => {
    prefix = testPrefix();
    a = await instance();
    b = await instance();
  });
  afterEach(async () => {
    await deleteKeys(a.redis, prefix);
    await stop(a);
    await stop(b);
  });

  it('20 parallel claims over HTTP across both servers: exactly one 200, nineteen 409', async () => {
    const d = draft({ queue: 'psychologist' });
    const queued = (await a.handoff.request(d, referenceFor(d))).case;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => {
      const server = i % 2 === 0 ? a.srv : b.srv;
      return call<Case & { error?: string }>(server.url, 'POST', `/api/staff/cases/${queued.id}/claim`, RACERS[i].token, {});
    }));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 200)!.body.claimedBy;
    for (const lost of results.filter((r) => r.status === 409)) expect(lost.body.error).toBe('case_already_claimed');
    // Everyone sees the same holder, whichever instance they ask.
    const seen = await call<Case>(b.srv.url, 'GET', `/api/staff/cases/${queued.id}`, STAFF.carol.token);
    expect(seen.body.claimedBy).toBe(winner);
    expect(a.notifier.notices.concat(b.notifier.notices).filter((n) => n.notice.kind === 'claimed')).toHaveLength(1);
  });

  it('an SSE client on instance B receives case.queued and case.message for a case queued on instance A', async () => {
    const ticket = await call<{ ticket: string }>(a.srv.url, 'POST', '/api/staff/events/ticket', STAFF.alice.token, {});
    // The ticket was issued by A and is accepted by B (same STAFF_TOKENS → same key).
    const sse = await openSse(`${b.srv.url}/api/staff/events?ticket=${encodeURIComponent(ticket.body.ticket)}`);
    try {
      expect(sse.status).toBe(200);
      await sse.waitFor((e) => e.event === 'ready');
      await b.store.eventsReady();
      const d = draft({ queue: 'psychologist', summary: 'cross-instance' });
      const queued = (await a.handoff.request(d, referenceFor(d))).case;
      const event = await sse.waitFor((e) => e.data.type === 'case.queued' && e.data.caseId === queued.id);
      expect(event.data).toMatchObject({ queue: 'psychologist', priority: 'normal' });
      await a.handoff.userMessage(queued.id, 'message relayed through A');
      const message = await sse.waitFor((e) => e.data.type === 'case.message' && e.data.caseId === queued.id);
      expect(message.data.entry).toMatchObject({ from: 'user', text: 'message relayed through A' });
    } finally {
      sse.close();
    }
  });

  it('keeps the audit trail in Redis, readable from the other instance', async () => {
    const d = draft({ queue: 'jurist' });
    const queued = (await a.handoff.request(d, referenceFor(d))).case;
    expect((await call(a.srv.url, 'POST', `/api/staff/cases/${queued.id}/claim`, STAFF.bob.token, {})).status).toBe(200);
    const trail = await call<{ entries: Array<{ actor: string; action: string; caseId?: string }> }>(b.srv.url, 'GET', '/api/staff/audit?limit=10', STAFF.carol.token);
    expect(trail.body.entries.some((e) => e.actor === 'bob' && e.caseId === queued.id)).toBe(true);
  });
});
