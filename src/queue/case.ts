import { z } from 'zod';
import {
  CASE_STATUSES, LANGUAGES, PERSONAS, PRIORITIES, QUEUES, SITUATIONS,
} from '../domain/labels';

/** What the coverage check found, as staff see it on a case (no contract number in clear). */
export const caseCoverageSchema = z.object({
  status: z.enum(['covered', 'not_covered', 'unknown', 'no_contract']),
  /** Masked contract number, e.g. "DEMO-****-0042". */
  policyMasked: z.string().optional(),
  product: z.string().optional(),
  /** Guarantee ids that apply to this situation (see knowledge/coverage/catalogue.json). */
  guarantees: z.array(z.string()).default([]),
});
export type CaseCoverage = z.infer<typeof caseCoverageSchema>;

/** A handoff case, as stored and as served by the staff API (see ../shared/INTERFACES.md). */
export const caseSchema = z.object({
  id: z.string(),
  queue: z.enum(QUEUES),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  situation: z.enum(SITUATIONS),
  crisis: z.boolean(),
  persona: z.enum(PERSONAS),
  language: z.enum(LANGUAGES),
  channel: z.string(),
  conversationId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  claimedAt: z.string().optional(),
  claimedBy: z.string().optional(),
  closedAt: z.string().optional(),
  outcome: z.string().optional(),
  age: z.number().int().optional(),
  platform: z.string().optional(),
  /** Short structured summary; holds the user's own words only when they consented to share them. */
  summary: z.string(),
  consentToShare: z.boolean(),
  coverage: caseCoverageSchema.optional(),
});
export type Case = z.infer<typeof caseSchema>;

export const TRANSCRIPT_AUTHORS = ['user', 'staff', 'bot', 'system'] as const;
export const transcriptEntrySchema = z.object({
  at: z.string(),
  from: z.enum(TRANSCRIPT_AUTHORS),
  /** Staff name for staff entries. */
  name: z.string().optional(),
  text: z.string(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

/** What the dialogs hand over when the user asks for a person. */
export interface CaseDraft {
  queue: Case['queue'];
  situation: Case['situation'];
  crisis: boolean;
  persona: Case['persona'];
  language: Case['language'];
  channel: string;
  conversationId: string;
  age?: number;
  platform?: string;
  summary: string;
  consentToShare: boolean;
  coverage?: CaseCoverage;
  /** The user's earlier messages, only when consentToShare. */
  transcript?: TranscriptEntry[];
}

export const CASE_EVENT_TYPES = [
  'case.queued', 'case.claimed', 'case.message', 'case.transferred', 'case.closed',
  'case.escalated', 'case.cancelled', 'case.updated',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One entry of the case event stream (Redis stream or in-process emitter). */
export interface CaseEvent {
  id: string;
  type: CaseEventType;
  caseId: string;
  queue: Case['queue'];
  priority: Case['priority'];
  at: string;
  /** Who caused it: a staff name, "user" or "bot". */
  actor: string;
  /** For case.message: the transcript entry (only sent to staff allowed on that queue). */
  entry?: TranscriptEntry;
}
