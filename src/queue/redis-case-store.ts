import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { PRIORITIES, QUEUES, type Priority, type QueueName } from '../domain/labels';
import { silentLogger, type Logger } from '../log';
import type { AuditEntry } from './audit-entry';
import type { Case, CaseEvent, TranscriptEntry } from './case';
import { caseToHash, decodeEntry, decodeReference, encodeEntry, fieldsToRecord, hashToCase } from './case-codec';
import type { CaseListFilter, CaseNotices, CaseStore, EnqueueResult, NewCase, RecentWait } from './case-store';
import { StoreUnavailableError } from './errors';
import type { Keys } from './keys';
import { checkScriptCode, defineCaseScripts, scriptReply } from './lua-scripts';
import { RedisCaseHistory } from './redis-case-history';
import { createCommandGuard, type RedisCommand } from './redis-command-guard';
import { RedisEventReader } from './redis-event-reader';
import { EventFanOut } from './event-fan-out';

export interface RedisCaseStoreOptions {
  redis: Redis;
  keys: Keys;
  /** Closed cases, their transcripts and references expire after this. @default 2592000 (30 days) */
  closedTtlSeconds?: number;
  /** Transcript cap (oldest entries dropped). @default 500 */
  transcriptMaxEntries?: number;
  /** Events older than this are trimmed when words are added (they carry transcript text). @default 86400 */
  eventsMaxAgeSeconds?: number;
  /** Approximate cap of the case event stream (XADD MAXLEN ~). @default 10000 */
  eventsMaxLen?: number;
  /** Approximate cap of the audit stream. @default 100000 */
  auditMaxLen?: number;
  /** Real waits kept for the estimate and stats. @default 172800000 (48 h) */
  waitsWindowMs?: number;
  /** A command that takes longer fails with StoreUnavailableError. @default 2000 */
  commandTimeoutMs?: number;
  log?: Logger;
}

const QUEUE_LIST = QUEUES.join(',');
/** Case hashes read per script call in list(). */
const READ_CHUNK = 1000;
const PRIORITY_LIST = PRIORITIES.join(',');

/** CaseStore on Redis: hashes, sorted sets, capped lists and streams; every multi-key change is one Lua script. */
export class RedisCaseStore implements CaseStore {
  private readonly redis: Redis;
  private readonly keys: Keys;
  private readonly ttl: number;
  private readonly transcriptMax: number;
  private readonly eventsMax: number;
  private readonly eventsMaxAgeMs: number;
  private readonly waitsWindowMs: number;
  private readonly run: RedisCommand;
  private readonly history: RedisCaseHistory;
  private readonly log: Logger;
  private readonly lockToken = randomUUID();
  private readonly fanOut = new EventFanOut();
  private reader: RedisEventReader | undefined;

  constructor(options: RedisCaseStoreOptions) {
    this.redis = options.redis;
    this.keys = options.keys;
    this.ttl = options.closedTtlSeconds ?? 30 * 24 * 3600;
    this.transcriptMax = options.transcriptMaxEntries ?? 500;
    this.eventsMax = options.eventsMaxLen ?? 10_000;
    this.eventsMaxAgeMs = (options.eventsMaxAgeSeconds ?? 86_400) * 1000;
    this.waitsWindowMs = options.waitsWindowMs ?? 48 * 3600 * 1000;
    this.run = createCommandGuard(this.redis, options.commandTimeoutMs ?? 2000);
    this.history = new RedisCaseHistory(this.run, this.keys, options.auditMaxLen ?? 100_000);
    this.log = options.log ?? silentLogger;
    defineCaseScripts(this.redis);
  }

  /** Per-queue key groups in QUEUES order: queue, claimed, waits, closed (see the Lua headers). */
  private queueKeys(): string[] {
    return QUEUES.flatMap((q) => [this.keys.queue(q), this.keys.claimed(q), this.keys.waits(q), this.keys.closedIndex(q)]);
  }

  async enqueue(input: NewCase): Promise<EnqueueResult> {
    const c = input.case;
    const reply = scriptReply(await this.run((r) => r.rempartEnqueueCase(
      this.keys.conversation(c.conversationId), this.keys.case(c.id), this.keys.queue(c.queue), this.keys.seq(),
      this.keys.reference(c.id), this.keys.transcript(c.id), this.keys.events(), this.keys.transcriptIndex(c.conversationId),
      c.id, JSON.stringify(caseToHash(c)), PRIORITIES.indexOf(c.priority), JSON.stringify(input.reference),
      JSON.stringify(input.transcript.map(encodeEntry)), this.transcriptMax, this.eventsMax, c.createdAt, Date.parse(c.createdAt),
    )));
    if (checkScriptCode(c.id, reply) === -6) throw new Error(`Case id ${c.id} is already taken`);
    const stored = await this.get(reply.value ?? c.id);
    // The open case was closed between the script and this read: the conversation is free again.
    if (!stored) return this.enqueue(input);
    return { case: stored, created: reply.code === 1 };
  }

  async get(caseId: string): Promise<Case | null> {
    return hashToCase(await this.run((r) => r.hgetall(this.keys.case(caseId))));
  }

  async getByConversation(conversationId: string): Promise<Case | null> {
    const id = await this.run((r) => r.get(this.keys.conversation(conversationId)));
    return id ? this.get(id) : null;
  }

  async list(filter: CaseListFilter): Promise<Case[]> {
    const queues = filter.queue ? [filter.queue] : [...QUEUES];
    const statuses = filter.status ? [filter.status] : (['waiting', 'claimed'] as const);
    const ids: string[] = [];
    for (const status of statuses) ids.push(...(await this.idsByStatus(queues, status)));
    return this.getMany(ids);
  }

  /** Ids in display order; several queues are merged by score (most urgent, then oldest). */
  private async idsByStatus(queues: QueueName[], status: Case['status']): Promise<string[]> {
    const key = (q: QueueName) => (status === 'waiting' ? this.keys.queue(q) : status === 'claimed' ? this.keys.claimed(q) : this.keys.closedIndex(q));
    const scored: [string, number][] = [];
    for (const q of queues) {
      if (status === 'closed') await this.run((r) => r.zremrangebyscore(key(q), '-inf', `(${Date.now() - this.ttl * 1000}`));
      const flat = await this.run((r) => r.zrange(key(q), 0, '-1', 'WITHSCORES'));
      for (let i = 0; i + 1 < flat.length; i += 2) scored.push([flat[i], Number(flat[i + 1])]);
    }
    if (queues.length > 1) scored.sort((a, b) => a[1] - b[1]);
    if (status === 'closed') scored.reverse();
    return scored.map(([id]) => id);
  }

  /** Reads cases in display order, in chunks (one script call each) so Redis never blocks long. */
  private async getMany(ids: string[]): Promise<Case[]> {
    const cases: Case[] = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const keys = ids.slice(i, i + READ_CHUNK).map((id) => this.keys.case(id));
      const json = await this.run((r) => r.rempartReadCases(keys.length, ...keys));
      const hashes = z.array(z.unknown()).parse(JSON.parse(String(json)));
      for (const flat of hashes) {
        if (!Array.isArray(flat)) continue; // {}: the case expired or was erased meanwhile
        const c = hashToCase(fieldsToRecord(flat.map(String)));
        if (c) cases.push(c);
      }
    }
    return cases;
  }

  async position(caseId: string): Promise<number> {
    const [status, queue] = await this.run((r) => r.hmget(this.keys.case(caseId), 'status', 'queue'));
    if (status !== 'waiting' || !queue) return 0;
    const rank = await this.run((r) => r.zrank(this.keys.queue(queue as QueueName), caseId));
    return rank === null ? 0 : rank + 1;
  }

  async counts(queue: QueueName): Promise<{ waiting: number; claimed: number }> {
    const [waiting, claimed] = await this.run((r) => Promise.all([r.zcard(this.keys.queue(queue)), r.zcard(this.keys.claimed(queue))]));
    return { waiting, claimed };
  }

  async claim(caseId: string, staffName: string, at: Date): Promise<Case> {
    const reply = scriptReply(await this.run((r) => r.rempartClaimCase(
      this.keys.case(caseId), this.keys.events(), ...this.queueKeys(),
      QUEUE_LIST, staffName, at.toISOString(), at.getTime(), this.waitsWindowMs, this.eventsMax,
    )));
    checkScriptCode(caseId, reply);
    return this.mustGet(caseId);
  }

  async transfer(caseId: string, queue: QueueName, actor: string, at: Date): Promise<Case> {
    const reply = scriptReply(await this.run((r) => r.rempartTransferCase(
      this.keys.case(caseId), this.keys.events(), ...this.queueKeys(),
      QUEUE_LIST, PRIORITY_LIST, queue, actor, at.toISOString(), this.eventsMax,
    )));
    checkScriptCode(caseId, reply);
    return this.mustGet(caseId);
  }

  close(caseId: string, outcome: string, actor: string, at: Date): Promise<Case> {
    return this.finish(caseId, outcome, actor, at, 'case.closed');
  }

  cancel(caseId: string, actor: string, at: Date): Promise<Case> {
    return this.finish(caseId, 'cancelled', actor, at, 'case.cancelled');
  }

  private async finish(caseId: string, outcome: string, actor: string, at: Date, type: CaseEvent['type']): Promise<Case> {
    // A case's conversation never changes, so reading it before the script is race-free.
    const conversationId = await this.run((r) => r.hget(this.keys.case(caseId), 'conversationId'));
    if (conversationId === null) checkScriptCode(caseId, { code: -1 });
    const conv = conversationId ?? '';
    const reply = scriptReply(await this.run((r) => r.rempartCloseCase(
      this.keys.case(caseId), this.keys.events(), this.keys.transcript(caseId), this.keys.reference(caseId),
      this.keys.conversation(conv), this.keys.transcriptIndex(conv), ...this.queueKeys(),
      QUEUE_LIST, outcome, actor, at.toISOString(), this.ttl, this.eventsMax, type, at.getTime(),
    )));
    checkScriptCode(caseId, reply);
    return this.mustGet(caseId);
  }

  async raisePriority(caseId: string, priority: Priority, change: { crisis: boolean; actor: string; at: Date }): Promise<Case> {
    const reply = scriptReply(await this.run((r) => r.rempartRaiseCase(
      this.keys.case(caseId), this.keys.events(), ...this.queueKeys(),
      QUEUE_LIST, PRIORITY_LIST, priority, change.crisis ? '1' : '0', change.actor, change.at.toISOString(), this.eventsMax,
    )));
    checkScriptCode(caseId, reply);
    return this.mustGet(caseId);
  }

  async appendTranscript(caseId: string, entry: TranscriptEntry, actor: string): Promise<void> {
    const reply = scriptReply(await this.run((r) => r.rempartAppendCase(
      this.keys.case(caseId), this.keys.transcript(caseId), this.keys.events(),
      encodeEntry(entry), this.transcriptMax, actor, entry.at, this.eventsMax, Math.max(0, Date.parse(entry.at) - this.eventsMaxAgeMs),
    )));
    checkScriptCode(caseId, reply);
  }

  async transcript(caseId: string): Promise<TranscriptEntry[]> {
    return (await this.run((r) => r.lrange(this.keys.transcript(caseId), 0, -1))).map(decodeEntry);
  }

  async reference(caseId: string): Promise<Partial<ConversationReference> | null> {
    const json = await this.run((r) => r.get(this.keys.reference(caseId)));
    return json === null ? null : decodeReference(json);
  }

  async eraseConversation(conversationId: string, at: Date): Promise<string[]> {
    const [indexed, open] = await this.run((r) => Promise.all([
      r.smembers(this.keys.transcriptIndex(conversationId)), r.get(this.keys.conversation(conversationId)),
    ]));
    const ids = [...new Set([...indexed, ...(open ? [open] : [])])];
    const caseKeys = ids.flatMap((id) => [this.keys.case(id), this.keys.transcript(id), this.keys.reference(id)]);
    const keys = [this.keys.conversation(conversationId), this.keys.transcriptIndex(conversationId), this.keys.events(), ...this.queueKeys(), ...caseKeys];
    await this.run((r) => r.rempartEraseConversation(keys.length, ...keys, QUEUE_LIST, at.toISOString(), this.eventsMax, ...ids));
    if (ids.length > 0) await this.history.eraseRelayedWords(new Set(ids));
    return ids;
  }

  async recentWaits(queue: QueueName, sinceMs: number): Promise<RecentWait[]> {
    const flat = await this.run((r) => r.zrangebyscore(this.keys.waits(queue), sinceMs, '+inf', 'WITHSCORES'));
    const waits: RecentWait[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const [caseId, wait, position] = flat[i].split(':');
      waits.push({ caseId, waitSeconds: Number(wait), positionAtEnqueue: Number(position) || 1, claimedAtMs: Number(flat[i + 1]) });
    }
    return waits;
  }

  async notices(caseIds: string[]): Promise<Map<string, CaseNotices>> {
    const results = await this.run((r) => {
      const pipeline = r.pipeline();
      for (const id of caseIds) pipeline.hmget(this.keys.case(id), 'noticedPosition', 'noticedStillWaiting');
      return pipeline.exec();
    });
    const map = new Map<string, CaseNotices>();
    (results ?? []).forEach(([err, value], i) => {
      if (err) throw err;
      const [position, stillWaiting] = value as (string | null)[];
      map.set(caseIds[i], { position: Number(position ?? 0), stillWaiting: stillWaiting === '1' });
    });
    return map;
  }

  async saveNotices(caseId: string, notices: CaseNotices): Promise<void> {
    await this.run((r) => r.rempartNoteCase(this.keys.case(caseId), notices.position, notices.stillWaiting ? '1' : '0'));
  }

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.history.appendAudit(entry);
  }

  auditTrail(limit: number): Promise<AuditEntry[]> {
    return this.history.auditTrail(limit);
  }

  eventsSince(afterId: string, limit: number): Promise<CaseEvent[]> {
    return this.history.eventsSince(afterId, limit);
  }

  subscribe(listener: (event: CaseEvent) => void): () => void {
    this.reader ??= new RedisEventReader({ redis: this.redis, stream: this.keys.events(), log: this.log, onEvent: (e) => this.fanOut.emit(e, this.log) });
    return this.fanOut.add(listener);
  }

  async eventsReady(): Promise<void> {
    await this.reader?.ready;
  }

  async tryLock(name: string, ttlMs: number): Promise<boolean> {
    return (await this.run((r) => r.set(this.keys.lock(name), this.lockToken, 'PX', ttlMs, 'NX'))) === 'OK';
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.run((r) => r.ping())) === 'PONG';
    } catch (err) {
      if (err instanceof StoreUnavailableError) return false;
      throw err;
    }
  }

  async dispose(): Promise<void> {
    const reader = this.reader;
    this.reader = undefined;
    this.fanOut.clear();
    await reader?.stop();
  }

  private async mustGet(caseId: string): Promise<Case> {
    const c = await this.get(caseId);
    if (!c) checkScriptCode(caseId, { code: -1 });
    return c as Case;
  }
}
