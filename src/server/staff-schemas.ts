import { z } from 'zod';
import { CASE_STATUSES, QUEUES } from '../domain/labels';

/** Longest staff reply, in characters (a long but human message; Teams caps text near 28 KB). */
export const MAX_STAFF_MESSAGE_LENGTH = 4000;

export { CLOSE_OUTCOMES, type CloseOutcome } from '../handoff/close-outcome';

/** Case ids are short tokens made by the store; anything else is a 400, never a store lookup. */
export const caseIdParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** GET /api/staff/cases?queue=&status= (both optional; empty means "all I may see"). */
export const listCasesQuerySchema = z.object({
  queue: z.enum(QUEUES).optional(),
  status: z.enum(CASE_STATUSES).optional(),
});

export const staffMessageBodySchema = z.object({
  text: z.string().trim().min(1).max(MAX_STAFF_MESSAGE_LENGTH),
}).strict();

export const transferBodySchema = z.object({ queue: z.enum(QUEUES) }).strict();

/**
 * INTERFACES.md does not fix the outcome values, and scripts may send their own words: any short text
 * is accepted and kept on the case. Only the known values above reach the audit trail; others are
 * audited as "other", so that no staff free text lands there.
 */
export const closeBodySchema = z.object({ outcome: z.string().trim().min(1).max(200) }).strict();

/** GET /api/staff/events?ticket=… (the staff token itself never goes in a URL). */
export const eventsQuerySchema = z.object({ ticket: z.string().min(1).max(1024).optional() });

/** Turns empty query values (`?queue=`) into "not given". */
export function withoutEmpty(query: unknown): Record<string, unknown> {
  if (typeof query !== 'object' || query === null) return {};
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined));
}
