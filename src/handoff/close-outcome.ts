/**
 * How a staff member ends a case. The console offers these values; the API also accepts a short
 * free text (scripts), kept on the case but audited as "other", so no staff free text lands in the
 * audit trail. The user hears the same kind sentence whatever the outcome.
 * - resolved: the user got the help they needed
 * - referred: sent on to another service (police, lawyer, school, CNIL, 3018…)
 * - user_unreachable: the user stopped answering or left
 * - duplicate: another case covers the same person
 * - other: anything else
 */
export const CLOSE_OUTCOMES = ['resolved', 'referred', 'user_unreachable', 'duplicate', 'other'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** The audit trail keeps only known outcomes; any other text is audited as "other". */
export function auditOutcome(outcome: string): CloseOutcome {
  return (CLOSE_OUTCOMES as readonly string[]).includes(outcome) ? (outcome as CloseOutcome) : 'other';
}
