import type { ConversationReference } from 'botbuilder';
import { PRIORITIES, QUEUES, type Priority, type QueueName } from '../domain/labels';
import { silentLogger, type Logger } from '../log';
import type { AuditEntry } from './audit-entry';
import type { Case, CaseEvent, TranscriptEntry } from './case';
import { queueScore } from './case-codec';
import type { CaseListFilter, CaseNotices, CaseStore, EnqueueResult, NewCase, RecentWait } from './case-store';
import { CaseAlreadyClaimedError, CaseClosedError, CaseNotFoundError } from './errors';
import { MemoryCaseHistory } from './memory-case-history';

export interface MemoryCaseStoreOptions {
  /** @default 2592000 (30 days) */
  closedTtlSeconds?: number;
  /** @default 500 */
  transcriptMaxEntries?: number;
  /** @default 10000 */
  eventsMaxLen?: number;
  /** @default 10000 */
  auditMaxLen?: number;
  /** @default 172800000 (48 h) */
  waitsWindowMs?: number;
  now?: () => number;
  log?: Logger;
}

interface StoredCase {
  case: Case;
  seq: number;
  createdAtMs: number;
  enqueuePosition: number;
  notices: CaseNotices;
  transcript: TranscriptEntry[];
  reference: Partial<ConversationReference>;
  expiresAtMs?: number;
}

interface QueueState {
  waiting: Map<string, number>;
  claimed: Map<string, number>;
  closed: Map<string, number>;
  waits: RecentWait[];
}

/** The embedded CaseStore (no REDIS_URL): same contract as the Redis one, in one process. */
export class MemoryCaseStore implements CaseStore {
  private readonly cases = new Map<string, StoredCase>();
  private readonly links = new Map<string, string>();
  private readonly index = new Map<string, Set<string>>();
  private readonly queues = new Map<QueueName, QueueState>(QUEUES.map((q) => [q, { waiting: new Map(), claimed: new Map(), closed: new Map(), waits: [] }]));
  private readonly locks = new Map<string, number>();
  private readonly history: MemoryCaseHistory;
  private seq = 0;
  private readonly ttlMs: number;
  private readonly transcriptMax: number;
  private readonly waitsWindowMs: number;
  private readonly now: () => number;
  private readonly log: Logger;

  constructor(options: MemoryCaseStoreOptions = {}) {
    this.ttlMs = (options.closedTtlSeconds ?? 30 * 24 * 3600) * 1000;
    this.transcriptMax = options.transcriptMaxEntries ?? 500;
    this.waitsWindowMs = options.waitsWindowMs ?? 48 * 3600 * 1000;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? silentLogger;
    this.history = new MemoryCaseHistory({ eventsMaxLen: options.eventsMaxLen ?? 10_000, auditMaxLen: options.auditMaxLen ?? 10_000, now: this.now, log: this.log });
  }

  /** A stored case, dropping it when its retention is over (what Redis EXPIRE does). */
  private stored(caseId: string): StoredCase | undefined {
    const s = this.cases.get(caseId);
    if (s?.expiresAtMs !== undefined && s.expiresAtMs <= this.now()) {
      this.cases.delete(caseId);
      this.queues.get(s.case.queue)?.closed.delete(caseId);
      return undefined;
    }
    return s;
  }

  private open(caseId: string): StoredCase {
    const s = this.stored(caseId);
    if (!s) throw new CaseNotFoundError(caseId);
    if (s.case.status === 'closed') throw new CaseClosedError(caseId);
    return s;
  }

  private queue(name: QueueName): QueueState {
    const q = this.queues.get(name);
    if (!q) throw new Error(`Unknown queue ${name}`);
    return q;
  }

  private positionOf(c: Case): number {
    const waiting = this.queue(c.queue).waiting;
    const score = waiting.get(c.id);
    if (c.status !== 'waiting' || score === undefined) return 0;
    let ahead = 0;
    for (const other of waiting.values()) if (other < score) ahead += 1;
    return ahead + 1;
  }

  async enqueue(input: NewCase): Promise<EnqueueResult> {
    const openId = this.links.get(input.case.conversationId);
    const existing = openId ? this.stored(openId) : undefined;
    if (existing) return { case: structuredClone(existing.case), created: false };
    if (this.cases.has(input.case.id)) throw new Error(`Case id ${input.case.id} is already taken`);
    const c = structuredClone(input.case);
    this.seq += 1;
    this.queue(c.queue).waiting.set(c.id, queueScore(c.priority, this.seq));
    const position = this.positionOf(c);
    this.cases.set(c.id, {
      case: c, seq: this.seq, createdAtMs: Date.parse(c.createdAt), enqueuePosition: position,
      notices: { position, stillWaiting: false }, transcript: input.transcript.slice(-this.transcriptMax), reference: structuredClone(input.reference),
    });
    this.links.set(c.conversationId, c.id);
    this.index.set(c.conversationId, (this.index.get(c.conversationId) ?? new Set()).add(c.id));
    this.history.publish('case.queued', c, 'user', c.createdAt);
    return { case: structuredClone(c), created: true };
  }

  async get(caseId: string): Promise<Case | null> {
    const s = this.stored(caseId);
    return s ? structuredClone(s.case) : null;
  }

  async getByConversation(conversationId: string): Promise<Case | null> {
    const id = this.links.get(conversationId);
    return id ? this.get(id) : null;
  }

  async list(filter: CaseListFilter): Promise<Case[]> {
    const queues = filter.queue ? [filter.queue] : [...QUEUES];
    const statuses = filter.status ? [filter.status] : (['waiting', 'claimed'] as const);
    const result: Case[] = [];
    for (const status of statuses) {
      const scored = queues.flatMap((q) => [...this.queue(q)[status].entries()]).sort((a, b) => a[1] - b[1]);
      if (status === 'closed') scored.reverse();
      for (const [id] of scored) {
        const s = this.stored(id);
        if (s) result.push(structuredClone(s.case));
      }
    }
    return result;
  }

  async position(caseId: string): Promise<number> {
    const s = this.stored(caseId);
    return s ? this.positionOf(s.case) : 0;
  }

  async counts(queue: QueueName): Promise<{ waiting: number; claimed: number }> {
    const q = this.queue(queue);
    return { waiting: q.waiting.size, claimed: q.claimed.size };
  }

  async claim(caseId: string, staffName: string, at: Date): Promise<Case> {
    const s = this.open(caseId);
    const c = s.case;
    if (c.status === 'claimed') {
      if (c.claimedBy === staffName) return structuredClone(c);
      throw new CaseAlreadyClaimedError(caseId, c.claimedBy ?? 'someone else');
    }
    const q = this.queue(c.queue);
    q.waiting.delete(caseId);
    q.claimed.set(caseId, at.getTime());
    Object.assign(c, { status: 'claimed', claimedBy: staffName, claimedAt: at.toISOString(), updatedAt: at.toISOString() });
    q.waits.push({ caseId, waitSeconds: Math.max(0, Math.floor((at.getTime() - s.createdAtMs) / 1000)), positionAtEnqueue: s.enqueuePosition, claimedAtMs: at.getTime() });
    q.waits = q.waits.filter((w) => w.claimedAtMs >= at.getTime() - this.waitsWindowMs);
    this.history.publish('case.claimed', c, staffName, at.toISOString());
    return structuredClone(c);
  }

  async transfer(caseId: string, queue: QueueName, actor: string, at: Date): Promise<Case> {
    const s = this.open(caseId);
    const c = s.case;
    const from = this.queue(c.queue);
    from.waiting.delete(caseId);
    from.claimed.delete(caseId);
    this.queue(queue).waiting.set(caseId, queueScore(c.priority, s.seq));
    delete c.claimedBy;
    delete c.claimedAt;
    Object.assign(c, { queue, status: 'waiting', updatedAt: at.toISOString() });
    s.notices.position = 0;
    this.history.publish('case.transferred', c, actor, at.toISOString());
    return structuredClone(c);
  }

  close(caseId: string, outcome: string, actor: string, at: Date): Promise<Case> {
    return this.finish(caseId, outcome, actor, at, 'case.closed');
  }

  cancel(caseId: string, actor: string, at: Date): Promise<Case> {
    return this.finish(caseId, 'cancelled', actor, at, 'case.cancelled');
  }

  private async finish(caseId: string, outcome: string, actor: string, at: Date, type: CaseEvent['type']): Promise<Case> {
    const s = this.open(caseId);
    const c = s.case;
    const q = this.queue(c.queue);
    q.waiting.delete(caseId);
    q.claimed.delete(caseId);
    q.closed.set(caseId, at.getTime());
    Object.assign(c, { status: 'closed', closedAt: at.toISOString(), updatedAt: at.toISOString(), outcome });
    if (this.links.get(c.conversationId) === caseId) this.links.delete(c.conversationId);
    s.expiresAtMs = this.now() + this.ttlMs;
    this.history.publish(type, c, actor, at.toISOString());
    return structuredClone(c);
  }

  async raisePriority(caseId: string, priority: Priority, change: { crisis: boolean; actor: string; at: Date }): Promise<Case> {
    const s = this.open(caseId);
    const c = s.case;
    if (PRIORITIES.indexOf(priority) < PRIORITIES.indexOf(c.priority)) {
      c.priority = priority;
      const waiting = this.queue(c.queue).waiting;
      if (waiting.has(caseId)) waiting.set(caseId, queueScore(priority, s.seq));
    }
    if (change.crisis) c.crisis = true;
    c.updatedAt = change.at.toISOString();
    this.history.publish('case.escalated', c, change.actor, c.updatedAt);
    return structuredClone(c);
  }

  async appendTranscript(caseId: string, entry: TranscriptEntry, actor: string): Promise<void> {
    const s = this.open(caseId);
    s.transcript.push(structuredClone(entry));
    if (s.transcript.length > this.transcriptMax) s.transcript.splice(0, s.transcript.length - this.transcriptMax);
    s.case.updatedAt = entry.at;
    this.history.publish('case.message', s.case, actor, entry.at, structuredClone(entry));
  }

  async transcript(caseId: string): Promise<TranscriptEntry[]> {
    return structuredClone(this.stored(caseId)?.transcript ?? []);
  }

  async reference(caseId: string): Promise<Partial<ConversationReference> | null> {
    const s = this.stored(caseId);
    return s ? structuredClone(s.reference) : null;
  }

  async eraseConversation(conversationId: string, at: Date): Promise<string[]> {
    const open = this.links.get(conversationId);
    const ids = [...new Set([...(this.index.get(conversationId) ?? []), ...(open ? [open] : [])])];
    for (const id of ids) {
      const s = this.cases.get(id);
      if (!s) continue;
      const q = this.queue(s.case.queue);
      if (s.case.status !== 'closed') this.history.publish('case.cancelled', s.case, 'user', at.toISOString());
      this.history.forgetWords(id);
      q.waiting.delete(id);
      q.claimed.delete(id);
      q.closed.delete(id);
      this.cases.delete(id);
    }
    this.links.delete(conversationId);
    this.index.delete(conversationId);
    return ids;
  }

  async recentWaits(queue: QueueName, sinceMs: number): Promise<RecentWait[]> {
    return this.queue(queue).waits.filter((w) => w.claimedAtMs >= sinceMs).map((w) => ({ ...w }));
  }

  async notices(caseIds: string[]): Promise<Map<string, CaseNotices>> {
    return new Map(caseIds.map((id) => [id, { ...(this.stored(id)?.notices ?? { position: 0, stillWaiting: false }) }]));
  }

  async saveNotices(caseId: string, notices: CaseNotices): Promise<void> {
    const s = this.stored(caseId);
    if (s) s.notices = { ...notices };
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.history.appendAudit(entry);
  }

  async auditTrail(limit: number): Promise<AuditEntry[]> {
    return this.history.auditTrail(limit);
  }

  async eventsSince(afterId: string, limit: number): Promise<CaseEvent[]> {
    return this.history.eventsSince(afterId, limit);
  }

  subscribe(listener: (event: CaseEvent) => void): () => void {
    return this.history.subscribe(listener);
  }

  async eventsReady(): Promise<void> {}

  async tryLock(name: string, ttlMs: number): Promise<boolean> {
    const until = this.locks.get(name);
    if (until !== undefined && until > this.now()) return false;
    this.locks.set(name, this.now() + ttlMs);
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async dispose(): Promise<void> {
    this.history.clear();
  }
}
