/** Value sets of ../shared/INTERFACES.md, defined once: use these in schemas, code and tests. */

export const SITUATIONS = [
  'rumours',
  'revenge_porn',
  'threats',
  'identity_theft',
  'insults',
  'pile_on',
  'other',
] as const;
export type Situation = (typeof SITUATIONS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PERSONAS = ['teen', 'parent', 'adult', 'professional', 'unknown'] as const;
export type Persona = (typeof PERSONAS)[number];
/** Personas that knowledge files must cover (unknown falls back to adult wording and steps). */
export const KNOWN_PERSONAS = ['teen', 'parent', 'adult', 'professional'] as const;
export type KnownPersona = (typeof KNOWN_PERSONAS)[number];

export const QUEUES = ['psychologist', 'jurist'] as const;
export type QueueName = (typeof QUEUES)[number];

export const CASE_STATUSES = ['waiting', 'claimed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Most urgent first: the index is the rank used in queue scores. */
export const PRIORITIES = ['emergency', 'high', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const STAFF_ROLES = ['psychologist', 'jurist', 'supervisor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
