import type { AuditEntry } from './audit-entry';
import type { CaseEvent } from './case';
import { decodeAuditEntry, decodeStreamEvent, fieldsToRecord } from './case-codec';
import type { Keys } from './keys';
import type { RedisCommand } from './redis-command-guard';

type StreamEntries = [string, string[]][];

/** The two capped streams of the Redis store: case events (history) and the staff audit trail. */
export class RedisCaseHistory {
  constructor(private readonly run: RedisCommand, private readonly keys: Keys, private readonly auditMaxLen: number) {}

  async appendAudit(entry: AuditEntry): Promise<void> {
    const fields = Object.entries(entry).flatMap(([k, v]) => (v === undefined ? [] : [k, String(v)]));
    await this.run((r) => r.xadd(this.keys.audit(), 'MAXLEN', '~', this.auditMaxLen, '*', ...fields));
  }

  async auditTrail(limit: number): Promise<AuditEntry[]> {
    const entries = (await this.run((r) => r.xrevrange(this.keys.audit(), '+', '-', 'COUNT', limit))) as StreamEntries;
    return entries.map(([, fields]) => decodeAuditEntry(fields));
  }

  async eventsSince(afterId: string, limit: number): Promise<CaseEvent[]> {
    const start = afterId === '0' ? '-' : `(${afterId}`;
    const entries = (await this.run((r) => r.xrange(this.keys.events(), start, '+', 'COUNT', limit))) as StreamEntries;
    return entries.map(([id, fields]) => decodeStreamEvent(id, fields));
  }

  /** Removes case.message events (they carry the words) of erased cases from the event stream. */
  async eraseRelayedWords(caseIds: Set<string>): Promise<void> {
    let start = '-';
    for (;;) {
      const page = (await this.run((r) => r.xrange(this.keys.events(), start, '+', 'COUNT', 1000))) as StreamEntries;
      const doomed = page.filter(([, fields]) => {
        const event = fieldsToRecord(fields);
        return event.type === 'case.message' && caseIds.has(event.caseId);
      }).map(([id]) => id);
      if (doomed.length > 0) await this.run((r) => r.xdel(this.keys.events(), ...doomed));
      if (page.length < 1000) return;
      start = `(${page[page.length - 1][0]}`;
    }
  }
}
