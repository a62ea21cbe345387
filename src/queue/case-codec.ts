import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { auditEntrySchema, type AuditEntry } from './audit-entry';
import { CASE_EVENT_TYPES, caseSchema, transcriptEntrySchema, type Case, type CaseEvent, type TranscriptEntry } from './case';
import { PRIORITIES, QUEUES } from '../domain/labels';

/**
 * Case ↔ Redis hash. Every Case field is one hash field (strings as-is, booleans "1"/"0", age as a
 * number, coverage as JSON) so that Lua scripts can change status, queue and priority in place.
 * Internal fields (seq, createdAtMs, enqueuePosition, noticed*) are ignored when decoding.
 */
const BOOLEAN_FIELDS = ['crisis', 'consentToShare'] as const;

export function caseToHash(c: Case): Record<string, string> {
  const hash: Record<string, string> = {};
  for (const [field, value] of Object.entries(c)) {
    if (value === undefined) continue;
    if (typeof value === 'boolean') hash[field] = value ? '1' : '0';
    else if (typeof value === 'object') hash[field] = JSON.stringify(value);
    else hash[field] = String(value);
  }
  return hash;
}

/** Parses a hash read back from Redis; null for an empty hash (missing key). */
export function hashToCase(hash: Record<string, string>): Case | null {
  if (!hash.id) return null;
  const raw: Record<string, unknown> = {};
  for (const field of Object.keys(caseSchema.shape)) {
    const value = hash[field];
    if (value === undefined || value === '') continue;
    raw[field] = value;
  }
  for (const field of BOOLEAN_FIELDS) raw[field] = hash[field] === '1';
  if (raw.age !== undefined) raw.age = Number(raw.age);
  if (typeof raw.coverage === 'string') raw.coverage = JSON.parse(raw.coverage);
  return caseSchema.parse(raw);
}

export function encodeEntry(entry: TranscriptEntry): string {
  return JSON.stringify(transcriptEntrySchema.parse(entry));
}

export function decodeEntry(json: string): TranscriptEntry {
  return transcriptEntrySchema.parse(JSON.parse(json));
}

/** A stored Bot Framework conversation reference: checked loosely (the adapter owns its shape). */
const conversationReferenceSchema = z.looseObject({
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  conversation: z.looseObject({ id: z.string() }).optional(),
});

export function decodeReference(json: string): Partial<ConversationReference> {
  return conversationReferenceSchema.parse(JSON.parse(json)) as Partial<ConversationReference>;
}

const streamEventSchema = z.object({
  type: z.enum(CASE_EVENT_TYPES),
  caseId: z.string(),
  queue: z.enum(QUEUES),
  priority: z.enum(PRIORITIES),
  at: z.string(),
  actor: z.string(),
  entry: z.string().optional(),
});

/** Turns a flat [field, value, …] stream entry into a CaseEvent. */
export function decodeStreamEvent(id: string, fields: string[]): CaseEvent {
  const raw = fieldsToRecord(fields);
  const parsed = streamEventSchema.parse(raw);
  const { entry, ...rest } = parsed;
  return entry === undefined ? { id, ...rest } : { id, ...rest, entry: decodeEntry(entry) };
}

export function decodeAuditEntry(fields: string[]): AuditEntry {
  return auditEntrySchema.parse(fieldsToRecord(fields));
}

export function fieldsToRecord(fields: string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) record[fields[i]] = fields[i + 1];
  return record;
}

/** Queue score: most urgent first, then oldest (sequence). Fits in a double exactly. */
export function queueScore(priority: Case['priority'], seq: number): number {
  return PRIORITIES.indexOf(priority) * 2 ** 32 + seq;
}
