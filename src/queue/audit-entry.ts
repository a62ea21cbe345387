import { z } from 'zod';

/** One staff action in the audit trail: who, what, when (never message text). */
export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  role: z.string(),
  action: z.string(),
  caseId: z.string().optional(),
  /** Short structured detail (target queue, outcome, text length): never user or staff text. */
  detail: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
