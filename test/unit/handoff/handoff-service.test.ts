import { SameQueueTransferError } from '../../../src/handoff/errors';
import { createHandoffService } from '../../../src/handoff/handoff-service';
import type { HandoffService, StaffMember } from '../../../src/handoff/types';
import { createLogger, silentLogger } from '../../../src/log';
import type { CaseDraft, CaseEvent } from '../../../src/queue/case';
import { CaseAlreadyClaimedError, CaseNotClaimedError, CaseNotFoundError, QueueForbiddenError } from '../../../src/queue/errors';
import { MemoryCaseStore } from '../../../src/queue/memory-case-store';
import { RecordingNotifier } from '../../support/recording-notifier';

const alice: StaffMember = { name: 'alice', role: 'psychologist' };
const bob: StaffMember = { name: 'bob', role: 'psychologist' };
const jules: StaffMember = { name: 'jules', role: 'jurist' };
const sam: StaffMember = { name: 'sam', role: 'supervisor' };

function draft(overrides: Partial<CaseDraft> = {}): CaseDraft {
  return {
    queue: 'psychologist', situation: 'insults', crisis: false, persona: 'teen', language: 'fr', channel: 'webchat',
    conversationId: 'conv-1', summary: 'Insultes en ligne', consentToShare: true,
    transcript: [{ at: '2026-11-20T09:59:00.000Z', from: 'user', text: 'on m’insulte' }], ...overrides,
  };
}
const ref = (conversationId: string) => ({ channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } });

describe('HandoffService (memory store)', () => {
  let clock: Date;
  let store: MemoryCaseStore;
  let notifier: RecordingNotifier;
  let handoff: HandoffService;
  let ids: number;

  beforeEach(() => {
    clock = new Date('2026-11-20T10:00:00Z');
    ids = 0;
    store = new MemoryCaseStore();
    notifier = new RecordingNotifier();
    handoff = createHandoffService({ store, notifier, log: silentLogger, now: () => clock, newCaseId: () => `c_${++ids}` });
  });
  afterEach(() => handoff.shutdown());

  async function queue(conversationId: string, overrides: Partial<CaseDraft> = {}) {
    return handoff.request(draft({ conversationId, ...overrides }), ref(conversationId));
  }

  test('request queues with the priority rule, place and no estimate without data; a second request is the same case', async () => {
    const first = await queue('conv-a', { situation: 'threats' });
    expect(first).toMatchObject({ created: true, position: 1, estimatedWaitMinutes: null, case: { id: 'c_1', status: 'waiting', priority: 'high' } });
    expect(await store.transcript('c_1')).toHaveLength(1);
    const again = await queue('conv-a');
    expect(again).toMatchObject({ created: false, case: { id: 'c_1' } });
    const crisis = await queue('conv-b', { crisis: true, persona: 'adult' });
    expect(crisis).toMatchObject({ position: 1, case: { priority: 'emergency' } });
    expect((await handoff.ticket('c_1'))?.position).toBe(2);
    expect((await handoff.openCaseFor('conv-a'))?.id).toBe('c_1');
  });

  test('without consent, earlier messages are not shared', async () => {
    await queue('conv-a', { consentToShare: false });
    expect(await store.transcript('c_1')).toEqual([]);
  });

  test('a crisis in a second request, or later, raises the open case to emergency', async () => {
    await queue('conv-a');
    await queue('conv-z');
    expect((await queue('conv-z', { crisis: true })).case).toMatchObject({ id: 'c_2', priority: 'emergency', crisis: true });
    expect((await handoff.ticket('c_2'))?.position).toBe(1);
    const escalated = await handoff.escalate('c_1');
    expect(escalated).toMatchObject({ priority: 'emergency', crisis: true });
  });

  test('the estimate comes from real waits', async () => {
    await queue('conv-a');
    clock = new Date('2026-11-20T10:12:00Z');
    await handoff.claim(alice, 'c_1');
    await queue('conv-b');
    await queue('conv-c');
    expect((await handoff.ticket('c_3'))).toMatchObject({ position: 2, estimatedWaitMinutes: 24 });
  });

  test('roles: each queue for its profession, supervisors everywhere', async () => {
    await queue('conv-a');
    await queue('conv-j', { queue: 'jurist' });
    expect((await handoff.list(alice, {})).map((c) => c.id)).toEqual(['c_1']);
    expect((await handoff.list(jules, {})).map((c) => c.id)).toEqual(['c_2']);
    expect((await handoff.list(sam, {})).map((c) => c.id)).toEqual(['c_1', 'c_2']);
    await expect(handoff.list(alice, { queue: 'jurist' })).rejects.toBeInstanceOf(QueueForbiddenError);
    await expect(handoff.get(jules, 'c_1')).rejects.toBeInstanceOf(QueueForbiddenError);
    await expect(handoff.claim(jules, 'c_1')).rejects.toThrow('Staff member jules may not act on the psychologist queue');
    await expect(handoff.get(alice, 'c_404')).rejects.toBeInstanceOf(CaseNotFoundError);
    expect((await handoff.get(sam, 'c_2')).case.id).toBe('c_2');
  });

  test('claim → reply → user message → close, with notices, events and an audit trail', async () => {
    const events: CaseEvent[] = [];
    handoff.subscribe((e) => events.push(e));
    await queue('conv-a');
    const claimed = await handoff.claim(alice, 'c_1');
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: 'alice' });
    expect(await handoff.claim(alice, 'c_1')).toMatchObject({ claimedBy: 'alice' });
    await expect(handoff.claim(bob, 'c_1')).rejects.toThrow(new CaseAlreadyClaimedError('c_1', 'alice'));
    await expect(handoff.reply(bob, 'c_1', 'hi')).rejects.toBeInstanceOf(CaseNotClaimedError);
    await handoff.reply(alice, 'c_1', 'Bonjour, je suis Alice.');
    await handoff.userMessage('c_1', 'merci');
    const { transcript } = await handoff.get(alice, 'c_1');
    expect(transcript.map((e) => [e.from, e.name, e.text])).toEqual([
      ['user', undefined, 'on m’insulte'], ['staff', 'alice', 'Bonjour, je suis Alice.'], ['user', undefined, 'merci'],
    ]);
    const closed = await handoff.close(alice, 'c_1', 'resolved');
    expect(closed.status).toBe('closed');
    expect(await handoff.openCaseFor('conv-a')).toBeNull();
    expect(notifier.sent).toEqual([
      { conversationId: 'conv-a', language: 'fr', persona: 'teen', notice: { kind: 'claimed', staffName: 'alice', queue: 'psychologist' } },
      { conversationId: 'conv-a', language: 'fr', persona: 'teen', notice: { kind: 'staff_message', staffName: 'alice', text: 'Bonjour, je suis Alice.' } },
      { conversationId: 'conv-a', language: 'fr', persona: 'teen', notice: { kind: 'closed', outcome: 'resolved' } },
    ]);
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(events.map((e) => e.type)).toEqual(['case.queued', 'case.claimed', 'case.message', 'case.message', 'case.closed']);
    expect((await store.auditTrail(10)).map((a) => [a.actor, a.action, a.caseId])).toEqual([
      ['alice', 'close', 'c_1'], ['alice', 'view', 'c_1'], ['alice', 'reply', 'c_1'], ['alice', 'claim', 'c_1'],
    ]);
  });

  test('transfer sends the case to the other queue and tells the user; only the holder or a supervisor may', async () => {
    await queue('conv-a');
    await expect(handoff.transfer(alice, 'c_1', 'jurist')).rejects.toBeInstanceOf(CaseNotClaimedError);
    await handoff.claim(alice, 'c_1');
    await expect(handoff.transfer(alice, 'c_1', 'psychologist')).rejects.toBeInstanceOf(SameQueueTransferError);
    const moved = await handoff.transfer(alice, 'c_1', 'jurist');
    expect(moved).toMatchObject({ queue: 'jurist', status: 'waiting' });
    expect(notifier.sent.at(-1)?.notice).toEqual({ kind: 'transferred', queue: 'jurist' });
    await expect(handoff.close(alice, 'c_1', 'x')).rejects.toBeInstanceOf(QueueForbiddenError);
    expect((await handoff.close(sam, 'c_1', 'duplicate')).status).toBe('closed');
  });

  test('a user who is gone does not fail the staff action, and nothing of the text is logged', async () => {
    const lines: string[] = [];
    handoff = createHandoffService({ store, notifier, log: createLogger('debug', (l) => lines.push(l)), now: () => clock, newCaseId: () => `c_${++ids}` });
    await queue('conv-gone');
    notifier.gone.add('conv-gone');
    await handoff.claim(alice, 'c_1');
    await handoff.reply(alice, 'c_1', 'SECRET-REPLY-TEXT');
    expect((await handoff.get(alice, 'c_1')).transcript.at(-1)?.text).toBe('SECRET-REPLY-TEXT');
    expect(lines.some((l) => l.includes('handoff notice failed'))).toBe(true);
    expect(lines.join('\n')).not.toContain('SECRET-REPLY-TEXT');
  });

  test('cancelByUser and eraseConversation', async () => {
    await queue('conv-a');
    await handoff.cancelByUser('c_1');
    await handoff.cancelByUser('c_1');
    expect(await handoff.openCaseFor('conv-a')).toBeNull();
    await queue('conv-a');
    await handoff.eraseConversation('conv-a');
    expect(await store.get('c_1')).toBeNull();
    expect(await store.get('c_2')).toBeNull();
  });

  test('stats: depths, oldest wait and median wait of the last day', async () => {
    await queue('conv-a');
    clock = new Date('2026-11-20T10:04:00Z');
    await queue('conv-b');
    await handoff.claim(alice, 'c_1');
    clock = new Date('2026-11-20T10:10:00Z');
    const stats = await handoff.stats(sam);
    expect(stats.queues.psychologist).toEqual({ waiting: 1, claimed: 1, oldestWaitSeconds: 360, medianWaitSecondsLastDay: 240 });
    expect(stats.queues.jurist).toEqual({ waiting: 0, claimed: 0, oldestWaitSeconds: null, medianWaitSecondsLastDay: null });
    expect(await handoff.healthy()).toBe(true);
  });
});
