import { QUEUES } from '../domain/labels';
import type { Logger } from '../log';
import type { Case } from '../queue/case';
import type { CaseStore } from '../queue/case-store';
import type { UserNotice, UserNotifier } from './types';
import type { WaitEstimator } from './wait-estimator';

export interface WaitingRoomOptions {
  store: CaseStore;
  notifier: UserNotifier;
  estimator: WaitEstimator;
  log: Logger;
  /** How often waiting users are checked. @default 30000 */
  intervalMs?: number;
  /** After this long in the queue, a user hears "still waiting" once (the bot adds safe self-help). @default 5 */
  waitNoticeMinutes?: number;
  now?: () => Date;
}

export interface TickReport {
  /** False when another instance held the tick lock. */
  ran: boolean;
  positionNotices: number;
  stillWaitingNotices: number;
}

/**
 * Keeps waiting users informed: a notice when their place changes, and one "still waiting" after
 * waitNoticeMinutes. With several instances only the holder of a short lock sends; what each user was
 * told is kept with the case in the store, so neither a second instance nor a restart repeats it.
 */
export class WaitingRoom {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport> | undefined;
  private readonly intervalMs: number;
  private readonly waitNoticeMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: WaitingRoomOptions) {
    this.intervalMs = options.intervalMs ?? 30_000;
    this.waitNoticeMs = (options.waitNoticeMinutes ?? 5) * 60_000;
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => { void this.safeTick(); }, this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass over every waiting case (overlapping calls share the pass in progress). */
  tick(): Promise<TickReport> {
    this.running ??= this.pass().finally(() => { this.running = undefined; });
    return this.running;
  }

  private async safeTick(): Promise<void> {
    try {
      await this.tick();
    } catch (err) {
      this.options.log.warn('waiting room tick failed', { err });
    }
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { ran: false, positionNotices: 0, stillWaitingNotices: 0 };
    // The lock expires before the next tick, so another instance takes over if this one dies.
    if (!(await this.options.store.tryLock('waiting-room', Math.max(500, Math.floor(this.intervalMs * 0.8))))) return report;
    report.ran = true;
    for (const queue of QUEUES) {
      const waiting = await this.options.store.list({ queue, status: 'waiting' });
      const told = await this.options.store.notices(waiting.map((c) => c.id));
      for (const [i, c] of waiting.entries()) {
        const notices = told.get(c.id) ?? { position: 0, stillWaiting: false };
        const kind = this.noticeDue(c, i + 1, notices);
        if (!kind) continue;
        await this.tell(c, kind, i + 1);
        await this.options.store.saveNotices(c.id, { position: i + 1, stillWaiting: notices.stillWaiting || kind === 'still_waiting' });
        if (kind === 'still_waiting') report.stillWaitingNotices += 1;
        else report.positionNotices += 1;
      }
    }
    return report;
  }

  private noticeDue(c: Case, position: number, told: { position: number; stillWaiting: boolean }): 'still_waiting' | 'position' | null {
    if (!told.stillWaiting && this.now().getTime() - Date.parse(c.createdAt) >= this.waitNoticeMs) return 'still_waiting';
    return told.position !== position ? 'position' : null;
  }

  /** A user who left must not stop the others from hearing: failures are logged (no text) and skipped. */
  private async tell(c: Case, kind: 'still_waiting' | 'position', position: number): Promise<void> {
    try {
      const reference = await this.options.store.reference(c.id);
      if (!reference) return;
      const estimatedWaitMinutes = await this.options.estimator.estimate(c.queue, position);
      const notice: UserNotice = { kind, position, estimatedWaitMinutes };
      await this.options.notifier.notify({ reference, language: c.language, persona: c.persona }, notice);
    } catch (err) {
      this.options.log.warn('waiting room notice failed', { caseId: c.id, kind, error: err instanceof Error ? err.name : 'unknown' });
    }
  }
}
