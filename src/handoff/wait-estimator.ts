import type { QueueName } from '../domain/labels';
import type { CaseStore, RecentWait } from '../queue/case-store';

/**
 * Wait estimate from real waits, not a constant.
 *
 * For each case claimed in the last 24 h we know its wait (claimedAt − createdAt) and its place
 * when it was queued. wait / place is the time one place took to clear ("pace"). The estimate for a
 * user at place p is   ceil(p × median(pace) / 60)  minutes (at least 1), or null when the queue has
 * no claim in the window (the bot then says it cannot estimate yet). The median keeps one case
 * forgotten over a weekend from skewing everyone's estimate.
 */
export function paceSeconds(waits: RecentWait[]): number | null {
  const paces = waits.map((w) => w.waitSeconds / Math.max(1, w.positionAtEnqueue));
  return median(paces);
}

export function estimateMinutes(pace: number | null, position: number): number | null {
  if (pace === null) return null;
  if (position <= 0) return 0;
  return Math.max(1, Math.ceil((position * pace) / 60));
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface WaitEstimatorOptions {
  store: CaseStore;
  now?: () => Date;
  /** Real waits considered. @default 86400000 (24 h) */
  windowMs?: number;
  /** Estimates reuse a queue's recent waits for this long (the waiting room asks once per user). @default 5000 */
  cacheMs?: number;
}

export interface WaitEstimator {
  /** Minutes for a user at `position` (1-based) of `queue`; null without recent data. */
  estimate(queue: QueueName, position: number): Promise<number | null>;
  /** Median of real waits over the window, in seconds (for stats, never cached); null without data. */
  medianWaitSeconds(queue: QueueName): Promise<number | null>;
}

export function createWaitEstimator(options: WaitEstimatorOptions): WaitEstimator {
  const now = options.now ?? (() => new Date());
  const windowMs = options.windowMs ?? 24 * 3600 * 1000;
  const cacheMs = options.cacheMs ?? 5000;
  const cache = new Map<QueueName, { at: number; waits: RecentWait[] }>();

  async function recent(queue: QueueName, fresh = false): Promise<RecentWait[]> {
    const t = now().getTime();
    const hit = cache.get(queue);
    if (hit && !fresh && t - hit.at < cacheMs) return hit.waits;
    const waits = await options.store.recentWaits(queue, t - windowMs);
    cache.set(queue, { at: t, waits });
    return waits;
  }

  return {
    async estimate(queue, position) {
      return estimateMinutes(paceSeconds(await recent(queue)), position);
    },
    async medianWaitSeconds(queue) {
      return median((await recent(queue, true)).map((w) => w.waitSeconds));
    },
  };
}
