import type { ConversationReference } from 'botbuilder';
import type { Priority, QueueName } from '../domain/labels';
import type { AuditEntry } from './audit-entry';
import type { Case, CaseEvent, TranscriptEntry } from './case';

/** A case ready to be queued: status "waiting", id chosen by the caller. */
export interface NewCase {
  case: Case;
  reference: Partial<ConversationReference>;
  /** Earlier messages the user agreed to share (may be empty). */
  transcript: TranscriptEntry[];
}

export interface EnqueueResult {
  case: Case;
  /** False when the conversation already had an open case, which is returned instead. */
  created: boolean;
}

export interface CaseListFilter {
  queue?: QueueName;
  status?: Case['status'];
}

/** One real wait, for the estimate and the stats. */
export interface RecentWait {
  caseId: string;
  /** claimedAt − createdAt, in seconds. */
  waitSeconds: number;
  /** 1-based place in the queue when the case was queued. */
  positionAtEnqueue: number;
  /** Epoch milliseconds of the claim. */
  claimedAtMs: number;
}

/** What the waiting room already told the user of a case (kept in the store so restarts do not repeat it). */
export interface CaseNotices {
  position: number;
  stillWaiting: boolean;
}

/**
 * Storage primitives of the handoff. Every multi-key change is atomic (one Lua script in Redis) and
 * publishes its case event in the same step, so that the event stream never disagrees with the state.
 * Queue order: most urgent first, then oldest (score = priorityRank × 2^32 + sequence).
 */
export interface CaseStore {
  /** One open case per conversation: a second request returns the open one with created=false. */
  enqueue(input: NewCase): Promise<EnqueueResult>;
  get(caseId: string): Promise<Case | null>;
  getByConversation(conversationId: string): Promise<Case | null>;
  /** Ordered: waiting cases by queue score, then claimed cases by claim time, then closed ones (newest first). */
  list(filter: CaseListFilter): Promise<Case[]>;
  /** 1-based place among waiting cases of its queue; 0 when not waiting. */
  position(caseId: string): Promise<number>;
  counts(queue: QueueName): Promise<{ waiting: number; claimed: number }>;
  /** Idempotent for the holder; CaseAlreadyClaimedError for anyone else. */
  claim(caseId: string, staffName: string, at: Date): Promise<Case>;
  /** Back to waiting in `queue`, keeping its age; clears the claim. */
  transfer(caseId: string, queue: QueueName, actor: string, at: Date): Promise<Case>;
  close(caseId: string, outcome: string, actor: string, at: Date): Promise<Case>;
  /** Like close, with outcome "cancelled" and a case.cancelled event. */
  cancel(caseId: string, actor: string, at: Date): Promise<Case>;
  /** Raises (never lowers) the priority and re-scores the case in its queue; case.escalated event. */
  raisePriority(caseId: string, priority: Priority, change: { crisis: boolean; actor: string; at: Date }): Promise<Case>;
  /** Appends to the capped transcript and publishes case.message with the entry. */
  appendTranscript(caseId: string, entry: TranscriptEntry, actor: string): Promise<void>;
  transcript(caseId: string): Promise<TranscriptEntry[]>;
  reference(caseId: string): Promise<Partial<ConversationReference> | null>;
  /** Deletes every case of the conversation (open or closed), transcripts, references and the link. Returns the erased ids. */
  eraseConversation(conversationId: string, at: Date): Promise<string[]>;
  /** Claims of that queue since `sinceMs` (epoch ms), oldest first. */
  recentWaits(queue: QueueName, sinceMs: number): Promise<RecentWait[]>;
  notices(caseIds: string[]): Promise<Map<string, CaseNotices>>;
  saveNotices(caseId: string, notices: CaseNotices): Promise<void>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  auditTrail(limit: number): Promise<AuditEntry[]>;
  /** Events after `afterId` (exclusive; "0" for all kept), oldest first: for SSE Last-Event-ID replay. */
  eventsSince(afterId: string, limit: number): Promise<CaseEvent[]>;
  /** Live events from every instance sharing the store. */
  subscribe(listener: (event: CaseEvent) => void): () => void;
  /** Resolves once live delivery has started for the current subscribers (tests, benches). */
  eventsReady(): Promise<void>;
  /** A short lock shared by all instances (SET NX PX in Redis). True when taken. */
  tryLock(name: string, ttlMs: number): Promise<boolean>;
  ping(): Promise<boolean>;
  /** Stops live event delivery; does not close a shared Redis connection. */
  dispose(): Promise<void>;
}
