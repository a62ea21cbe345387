import { createWaitEstimator } from '../../../src/handoff/wait-estimator';
import { WaitingRoom } from '../../../src/handoff/waiting-room';
import { silentLogger } from '../../../src/log';
import { MemoryCaseStore } from '../../../src/queue/memory-case-store';
import { newCase } from '../../integration/case-store.contract';
import { RecordingNotifier } from '../../support/recording-notifier';

describe('WaitingRoom (memory store)', () => {
  let now: Date;
  let store: MemoryCaseStore;
  let notifier: RecordingNotifier;
  const room = (s = store) => new WaitingRoom({
    store: s, notifier, estimator: createWaitEstimator({ store: s, now: () => now, cacheMs: 0 }), log: silentLogger,
    intervalMs: 10_000, waitNoticeMinutes: 5, now: () => now,
  });

  beforeEach(() => {
    now = new Date('2026-11-20T10:00:00Z');
    store = new MemoryCaseStore({ now: () => now.getTime() });
    notifier = new RecordingNotifier();
  });

  test('nothing to say right after queueing: the dialog already told the place', async () => {
    await store.enqueue(newCase({ createdAt: now.toISOString() }));
    expect(await room().tick()).toEqual({ ran: true, positionNotices: 0, stillWaitingNotices: 0 });
    expect(notifier.sent).toEqual([]);
  });

  test('a place change is told once; "still waiting" once after waitNoticeMinutes, across restarts', async () => {
    const first = (await store.enqueue(newCase({ createdAt: '2026-11-20T09:58:00.000Z' }))).case;
    const second = (await store.enqueue(newCase({ createdAt: '2026-11-20T09:59:00.000Z' }))).case;
    await store.claim(first.id, 'alice', now);
    now = new Date('2026-11-20T10:00:20Z');
    expect(await room().tick()).toMatchObject({ positionNotices: 1, stillWaitingNotices: 0 });
    expect(notifier.sent).toEqual([
      { conversationId: second.conversationId, language: 'fr', persona: 'teen', notice: { kind: 'position', position: 1, estimatedWaitMinutes: 2 } },
    ]);
    now = new Date('2026-11-20T10:00:40Z');
    expect(await room().tick()).toMatchObject({ positionNotices: 0, stillWaitingNotices: 0 });
    now = new Date('2026-11-20T10:04:00Z');
    expect(await room().tick()).toMatchObject({ positionNotices: 0, stillWaitingNotices: 1 });
    expect(notifier.sent.at(-1)?.notice).toEqual({ kind: 'still_waiting', position: 1, estimatedWaitMinutes: 2 });
    now = new Date('2026-11-20T10:09:00Z');
    expect(await room().tick()).toMatchObject({ positionNotices: 0, stillWaitingNotices: 0 });
    expect(notifier.kinds()).toEqual(['position', 'still_waiting']);
  });

  test('an emergency arriving ahead moves others back, and they are told', async () => {
    const a = (await store.enqueue(newCase({ createdAt: now.toISOString() }))).case;
    await store.enqueue(newCase({ createdAt: now.toISOString(), priority: 'emergency', crisis: true }));
    now = new Date('2026-11-20T10:00:30Z');
    await room().tick();
    expect(notifier.sent.map((s) => [s.conversationId, s.notice])).toEqual([[a.conversationId, { kind: 'position', position: 2, estimatedWaitMinutes: null }]]);
  });

  test('one instance per tick: a second room skips while the lock is held', async () => {
    await store.enqueue(newCase({ createdAt: '2026-11-20T09:50:00.000Z' }));
    const [one, two] = await Promise.all([room().tick(), room().tick()]);
    expect([one.ran, two.ran].sort()).toEqual([false, true]);
    expect(notifier.kinds()).toEqual(['still_waiting']);
  });

  test('a user who left does not stop the others', async () => {
    const gone = (await store.enqueue(newCase({ createdAt: '2026-11-20T09:50:00.000Z' }))).case;
    const here = (await store.enqueue(newCase({ createdAt: '2026-11-20T09:51:00.000Z' }))).case;
    notifier.gone.add(gone.conversationId);
    await room().tick();
    expect(notifier.sent.map((s) => s.conversationId)).toEqual([here.conversationId]);
  });

  test('start() ticks on its interval and stop() ends it', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      await store.enqueue(newCase({ createdAt: '2026-11-20T09:50:00.000Z' }));
      const r = room();
      const spy = jest.spyOn(r, 'tick');
      r.start();
      jest.advanceTimersByTime(10_000);
      expect(spy).toHaveBeenCalledTimes(1);
      r.stop();
      jest.advanceTimersByTime(30_000);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
