import { randomUUID } from 'node:crypto';
import type { Case, CaseEvent } from '../../src/queue/case';
import type { CaseStore, NewCase } from '../../src/queue/case-store';
import { CaseAlreadyClaimedError, CaseClosedError, CaseNotFoundError } from '../../src/queue/errors';

/** What each store's test file gives the shared contract suite. */
export interface ContractHarness {
  /** A fresh store (fresh prefix) with transcriptMaxEntries = 5. */
  store: CaseStore;
  /** A second store on the same data (another connection in Redis mode). */
  twin: CaseStore;
  cleanup(): Promise<void>;
}

const T0 = Date.parse('2026-11-20T10:00:00.000Z');

export function newCase(overrides: Partial<Case> = {}, minutesAfterT0 = 0): NewCase {
  const at = new Date(T0 + minutesAfterT0 * 60_000).toISOString();
  const id = overrides.id ?? `c_${randomUUID().slice(0, 8)}`;
  return {
    case: {
      id, queue: 'psychologist', status: 'waiting', priority: 'normal', situation: 'insults', crisis: false,
      persona: 'teen', language: 'fr', channel: 'webchat', conversationId: `conv-${id}`, createdAt: at, updatedAt: at,
      summary: 'Insultes sur un groupe de classe', consentToShare: true, age: 16,
      coverage: { status: 'covered', policyMasked: 'DEMO-****-0042', guarantees: ['psy'] },
      ...overrides,
    },
    reference: { channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: `conv-${id}`, isGroup: false, conversationType: 'personal', name: '' } },
    transcript: [{ at, from: 'user', text: 'ils se moquent de moi' }],
  };
}

const at = (minutes: number) => new Date(T0 + minutes * 60_000);

/** Collects events until `count` arrived (bounded by jest's timeout). */
function collect(store: CaseStore, count: number, filter: (e: CaseEvent) => boolean = () => true): Promise<CaseEvent[]> {
  const seen: CaseEvent[] = [];
  return new Promise((resolve) => {
    const off = store.subscribe((e) => {
      if (!filter(e)) return;
      seen.push(e);
      if (seen.length === count) { off(); resolve(seen); }
    });
  });
}

export function caseStoreContract(name: string, setup: () => Promise<ContractHarness>): void {
  describe(`CaseStore contract: ${name}`, () => {
    let h: ContractHarness;
    let store: CaseStore;
    beforeEach(async () => { h = await setup(); store = h.store; });
    afterEach(async () => { await h.cleanup(); });

    test('enqueue stores the case, its reference and transcript; get and getByConversation read it back', async () => {
      const input = newCase({ platform: 'instagram' });
      const { case: c, created } = await store.enqueue(input);
      expect(created).toBe(true);
      expect(c).toEqual(input.case);
      expect(await store.get(c.id)).toEqual(input.case);
      expect(await h.twin.getByConversation(c.conversationId)).toEqual(input.case);
      expect(await store.reference(c.id)).toEqual(input.reference);
      expect(await store.transcript(c.id)).toEqual(input.transcript);
      expect(await store.get('c_missing')).toBeNull();
      expect(await store.getByConversation('conv-missing')).toBeNull();
    });

    test('a second request of the same conversation returns the open case (created=false)', async () => {
      const first = await store.enqueue(newCase({ conversationId: 'conv-1' }));
      const second = await store.enqueue(newCase({ conversationId: 'conv-1', queue: 'jurist' }));
      expect(second.created).toBe(false);
      expect(second.case.id).toBe(first.case.id);
      expect((await store.list({})).map((c) => c.id)).toEqual([first.case.id]);
    });

    test('parallel requests of one conversation make exactly one case', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? h.twin : store).enqueue(newCase({ conversationId: 'conv-race' }))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.case.id)).size).toBe(1);
      expect(await store.counts('psychologist')).toEqual({ waiting: 1, claimed: 0 });
    });

    test('queues are ordered by priority, then age; positions follow', async () => {
      const a = (await store.enqueue(newCase({ priority: 'normal' }, 0))).case;
      const b = (await store.enqueue(newCase({ priority: 'high' }, 1))).case;
      const c = (await store.enqueue(newCase({ priority: 'normal' }, 2))).case;
      const d = (await store.enqueue(newCase({ priority: 'emergency', crisis: true }, 3))).case;
      const j = (await store.enqueue(newCase({ queue: 'jurist', priority: 'high' }, 4))).case;
      expect((await store.list({ queue: 'psychologist' })).map((x) => x.id)).toEqual([d.id, b.id, a.id, c.id]);
      expect((await store.list({})).map((x) => x.id)).toEqual([d.id, b.id, j.id, a.id, c.id]);
      expect(await Promise.all([d, b, a, c, j].map((x) => store.position(x.id)))).toEqual([1, 2, 3, 4, 1]);
    });

    test('raisePriority moves a waiting case ahead, sets crisis, never lowers', async () => {
      const a = (await store.enqueue(newCase({}, 0))).case;
      const b = (await store.enqueue(newCase({}, 1))).case;
      const raised = await store.raisePriority(b.id, 'emergency', { crisis: true, actor: 'bot', at: at(5) });
      expect(raised).toMatchObject({ priority: 'emergency', crisis: true });
      expect((await store.list({ status: 'waiting' })).map((x) => x.id)).toEqual([b.id, a.id]);
      const lowered = await store.raisePriority(b.id, 'normal', { crisis: false, actor: 'bot', at: at(6) });
      expect(lowered).toMatchObject({ priority: 'emergency', crisis: true });
      expect(await store.position(b.id)).toBe(1);
    });

    test('claim is exclusive, idempotent for the holder, and records the real wait', async () => {
      const c = (await store.enqueue(newCase({}, 0))).case;
      const claimed = await store.claim(c.id, 'alice', at(3));
      expect(claimed).toMatchObject({ status: 'claimed', claimedBy: 'alice', claimedAt: at(3).toISOString() });
      await expect(h.twin.claim(c.id, 'bob', at(4))).rejects.toThrow(new CaseAlreadyClaimedError(c.id, 'alice'));
      await expect(h.twin.claim(c.id, 'bob', at(4))).rejects.toThrow(`Case ${c.id} is already claimed by alice`);
      expect((await store.claim(c.id, 'alice', at(5))).claimedAt).toBe(at(3).toISOString());
      expect(await store.position(c.id)).toBe(0);
      expect(await store.counts('psychologist')).toEqual({ waiting: 0, claimed: 1 });
      expect(await store.list({ status: 'claimed' })).toHaveLength(1);
      expect(await store.recentWaits('psychologist', T0)).toEqual([{ caseId: c.id, waitSeconds: 180, positionAtEnqueue: 1, claimedAtMs: at(3).getTime() }]);
      expect(await store.recentWaits('psychologist', at(4).getTime())).toEqual([]);
    });

    test('20 parallel claims through two stores: exactly one winner', async () => {
      const c = (await store.enqueue(newCase())).case;
      const attempts = Array.from({ length: 20 }, (_, i) => (i % 2 ? h.twin : store).claim(c.id, `staff-${i}`, at(1)));
      const results = await Promise.allSettled(attempts);
      const winners = results.filter((r) => r.status === 'fulfilled');
      const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(19);
      for (const l of losers) expect(l.reason).toBeInstanceOf(CaseAlreadyClaimedError);
    });

    test('transfer puts the case back to waiting in the other queue, keeping its age', async () => {
      const old = (await store.enqueue(newCase({}, 0))).case;
      const newer = (await store.enqueue(newCase({ queue: 'jurist' }, 5))).case;
      await store.claim(old.id, 'alice', at(6));
      const moved = await h.twin.transfer(old.id, 'jurist', 'alice', at(7));
      expect(moved).toMatchObject({ queue: 'jurist', status: 'waiting' });
      expect(moved.claimedBy).toBeUndefined();
      expect((await store.list({ queue: 'jurist' })).map((x) => x.id)).toEqual([old.id, newer.id]);
      expect(await store.counts('psychologist')).toEqual({ waiting: 0, claimed: 0 });
      expect((await store.notices([old.id])).get(old.id)?.position).toBe(0);
    });

    test('close frees the conversation; closed cases refuse changes and are listed newest first', async () => {
      const c = (await store.enqueue(newCase({ conversationId: 'conv-c' }))).case;
      await store.claim(c.id, 'alice', at(1));
      const closed = await store.close(c.id, 'resolved', 'alice', at(2));
      expect(closed).toMatchObject({ status: 'closed', outcome: 'resolved', closedAt: at(2).toISOString() });
      expect(await store.getByConversation('conv-c')).toBeNull();
      await expect(store.close(c.id, 'again', 'alice', at(3))).rejects.toBeInstanceOf(CaseClosedError);
      await expect(store.claim(c.id, 'bob', at(3))).rejects.toBeInstanceOf(CaseClosedError);
      await expect(store.appendTranscript(c.id, { at: at(3).toISOString(), from: 'user', text: 'x' }, 'user')).rejects.toBeInstanceOf(CaseClosedError);
      const next = await store.enqueue(newCase({ conversationId: 'conv-c' }, 4));
      expect(next.created).toBe(true);
      const cancelled = await store.cancel(next.case.id, 'user', at(5));
      expect(cancelled.outcome).toBe('cancelled');
      expect((await store.list({ status: 'closed' })).map((x) => x.id)).toEqual([next.case.id, c.id]);
      expect(await store.list({})).toEqual([]);
      expect(await store.counts('psychologist')).toEqual({ waiting: 0, claimed: 0 });
    });

    test('missing cases raise CaseNotFoundError', async () => {
      await expect(store.claim('c_nope', 'alice', at(0))).rejects.toBeInstanceOf(CaseNotFoundError);
      await expect(store.close('c_nope', 'x', 'alice', at(0))).rejects.toBeInstanceOf(CaseNotFoundError);
      await expect(store.transfer('c_nope', 'jurist', 'alice', at(0))).rejects.toBeInstanceOf(CaseNotFoundError);
      await expect(store.raisePriority('c_nope', 'high', { crisis: false, actor: 'bot', at: at(0) })).rejects.toBeInstanceOf(CaseNotFoundError);
      await expect(store.appendTranscript('c_nope', { at: at(0).toISOString(), from: 'user', text: 'x' }, 'user')).rejects.toBeInstanceOf(CaseNotFoundError);
      expect(await store.position('c_nope')).toBe(0);
    });

    test('the transcript is capped to the newest entries', async () => {
      const c = (await store.enqueue(newCase())).case;
      for (let i = 1; i <= 7; i += 1) await store.appendTranscript(c.id, { at: at(i).toISOString(), from: i % 2 ? 'user' : 'staff', name: i % 2 ? undefined : 'alice', text: `m${i}` }, 'user');
      expect((await store.transcript(c.id)).map((e) => e.text)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    });

    test('eraseConversation deletes open and closed cases, transcripts, references and the link', async () => {
      const old = (await store.enqueue(newCase({ conversationId: 'conv-e' }, 0))).case;
      await store.close(old.id, 'resolved', 'alice', at(1));
      const open = (await store.enqueue(newCase({ conversationId: 'conv-e' }, 2))).case;
      const other = (await store.enqueue(newCase({}, 3))).case;
      expect((await store.eraseConversation('conv-e', at(4))).sort()).toEqual([old.id, open.id].sort());
      for (const id of [old.id, open.id]) {
        expect(await store.get(id)).toBeNull();
        expect(await store.transcript(id)).toEqual([]);
        expect(await store.reference(id)).toBeNull();
      }
      expect(await store.getByConversation('conv-e')).toBeNull();
      expect((await store.list({})).map((c) => c.id)).toEqual([other.id]);
      expect(await store.list({ status: 'closed' })).toEqual([]);
    });

    test('notices are remembered per case', async () => {
      const a = (await store.enqueue(newCase({}, 0))).case;
      const b = (await store.enqueue(newCase({}, 1))).case;
      expect((await store.notices([a.id, b.id])).get(b.id)).toEqual({ position: 2, stillWaiting: false });
      await store.saveNotices(b.id, { position: 1, stillWaiting: true });
      expect((await h.twin.notices([b.id])).get(b.id)).toEqual({ position: 1, stillWaiting: true });
      await store.saveNotices('c_gone', { position: 1, stillWaiting: true });
      expect(await store.get('c_gone')).toBeNull();
    });

    test('the audit trail keeps who, what and when, newest first', async () => {
      await store.appendAudit({ at: at(1).toISOString(), actor: 'alice', role: 'psychologist', action: 'claim', caseId: 'c_1' });
      await store.appendAudit({ at: at(2).toISOString(), actor: 'bob', role: 'jurist', action: 'close', caseId: 'c_2', detail: 'resolved' });
      expect(await h.twin.auditTrail(10)).toEqual([
        { at: at(2).toISOString(), actor: 'bob', role: 'jurist', action: 'close', caseId: 'c_2', detail: 'resolved' },
        { at: at(1).toISOString(), actor: 'alice', role: 'psychologist', action: 'claim', caseId: 'c_1' },
      ]);
    });

    test('every change publishes its event to subscribers of any store, and history replays it', async () => {
      const live = collect(h.twin, 5);
      await h.twin.eventsReady();
      const c = (await store.enqueue(newCase())).case;
      await store.claim(c.id, 'alice', at(1));
      const entry = { at: at(2).toISOString(), from: 'staff' as const, name: 'alice', text: 'Bonjour, je suis là.' };
      await store.appendTranscript(c.id, entry, 'alice');
      await store.raisePriority(c.id, 'emergency', { crisis: true, actor: 'bot', at: at(3) });
      await store.close(c.id, 'resolved', 'alice', at(4));
      const events = await live;
      expect(events.map((e) => [e.type, e.caseId, e.actor])).toEqual([
        ['case.queued', c.id, 'user'], ['case.claimed', c.id, 'alice'], ['case.message', c.id, 'alice'],
        ['case.escalated', c.id, 'bot'], ['case.closed', c.id, 'alice'],
      ]);
      expect(events[2].entry).toEqual(entry);
      expect(events[3].priority).toBe('emergency');
      const history = await store.eventsSince('0', 100);
      expect(history.map((e) => e.type)).toEqual(events.map((e) => e.type));
      expect((await store.eventsSince(history[2].id, 100)).map((e) => e.type)).toEqual(['case.escalated', 'case.closed']);
    });

    test('tryLock lets one holder in until it expires', async () => {
      expect(await store.tryLock('waiting-room', 60_000)).toBe(true);
      expect(await h.twin.tryLock('waiting-room', 60_000)).toBe(false);
      expect(await store.ping()).toBe(true);
    });
  });
}
