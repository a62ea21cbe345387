import { estimateMinutes, median, paceSeconds, createWaitEstimator } from '../../../src/handoff/wait-estimator';
import { MemoryCaseStore } from '../../../src/queue/memory-case-store';
import { newCase } from '../../integration/case-store.contract';

const w = (waitSeconds: number, positionAtEnqueue: number) => ({ caseId: 'c', waitSeconds, positionAtEnqueue, claimedAtMs: 0 });

describe('wait estimate', () => {
  test('median', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('pace is the median time one place took to clear', () => {
    expect(paceSeconds([])).toBeNull();
    // 600 s at place 2, 300 s at place 1, 3600 s at place 1 (an outlier): paces 300, 300, 3600 → 300
    expect(paceSeconds([w(600, 2), w(300, 1), w(3600, 1)])).toBe(300);
  });

  test('the estimate grows with the place, is at least one minute, and is null without data', () => {
    expect(estimateMinutes(null, 3)).toBeNull();
    expect(estimateMinutes(300, 1)).toBe(5);
    expect(estimateMinutes(300, 4)).toBe(20);
    expect(estimateMinutes(0, 2)).toBe(1);
    expect(estimateMinutes(300, 0)).toBe(0);
  });

  test('from real claims in the store, only over the last 24 h', async () => {
    let now = new Date('2026-11-20T10:00:00Z');
    const store = new MemoryCaseStore();
    const estimator = createWaitEstimator({ store, now: () => now, cacheMs: 0 });
    expect(await estimator.estimate('psychologist', 1)).toBeNull();
    const old = (await store.enqueue(newCase({ createdAt: '2026-11-19T08:00:00.000Z' }))).case;
    await store.claim(old.id, 'alice', new Date('2026-11-19T09:00:00Z')); // 60 min, more than 24 h ago
    const recent = (await store.enqueue(newCase({ createdAt: '2026-11-20T09:40:00.000Z' }))).case;
    await store.claim(recent.id, 'alice', new Date('2026-11-20T09:50:00Z')); // 10 min at place 1
    expect(await estimator.estimate('psychologist', 1)).toBe(10);
    expect(await estimator.estimate('psychologist', 3)).toBe(30);
    expect(await estimator.medianWaitSeconds('psychologist')).toBe(600);
    expect(await estimator.estimate('jurist', 1)).toBeNull();
    now = new Date('2026-11-21T10:00:00Z');
    expect(await estimator.estimate('psychologist', 1)).toBeNull();
  });
});
