import type { Logger } from '../log';
import type { AuditEntry } from './audit-entry';
import type { Case, CaseEvent, TranscriptEntry } from './case';
import { EventFanOut } from './event-fan-out';

/** Memory event ids are "<ms>-<n>" with a global counter n. */
function eventSeqOf(id: string): number {
  return Number(id.split('-')[1] ?? 0);
}

/** The embedded store's capped event history with live fan-out, and its capped audit trail. */
export class MemoryCaseHistory {
  private readonly events: CaseEvent[] = [];
  private readonly audit: AuditEntry[] = [];
  private readonly fanOut = new EventFanOut();
  private eventSeq = 0;

  constructor(private readonly options: { eventsMaxLen: number; auditMaxLen: number; now: () => number; log: Logger }) {}

  /** Records the event and delivers it asynchronously, as the Redis stream reader does. */
  publish(type: CaseEvent['type'], c: Case, actor: string, at: string, entry?: TranscriptEntry): void {
    this.eventSeq += 1;
    const event: CaseEvent = { id: `${this.options.now()}-${this.eventSeq}`, type, caseId: c.id, queue: c.queue, priority: c.priority, at, actor, ...(entry ? { entry: structuredClone(entry) } : {}) };
    this.events.push(event);
    if (this.events.length > this.options.eventsMaxLen) this.events.splice(0, this.events.length - this.options.eventsMaxLen);
    queueMicrotask(() => this.fanOut.emit(event, this.options.log));
  }

  /** Relayed words of an erased case leave the history too. */
  forgetWords(caseId: string): void {
    for (let i = this.events.length - 1; i >= 0; i -= 1) if (this.events[i].caseId === caseId && this.events[i].entry) this.events.splice(i, 1);
  }

  eventsSince(afterId: string, limit: number): CaseEvent[] {
    const after = afterId === '0' ? 0 : eventSeqOf(afterId);
    return structuredClone(this.events.filter((e) => eventSeqOf(e.id) > after).slice(0, limit));
  }

  subscribe(listener: (event: CaseEvent) => void): () => void {
    return this.fanOut.add(listener);
  }

  appendAudit(entry: AuditEntry): void {
    this.audit.push({ ...entry });
    if (this.audit.length > this.options.auditMaxLen) this.audit.splice(0, this.audit.length - this.options.auditMaxLen);
  }

  auditTrail(limit: number): AuditEntry[] {
    return this.audit.slice(-limit).reverse().map((e) => ({ ...e }));
  }

  clear(): void {
    this.fanOut.clear();
  }
}
