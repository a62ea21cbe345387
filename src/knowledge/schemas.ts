import { z } from 'zod';
import { SITUATIONS } from '../domain/labels';
import { localizedTextSchema } from './localized-text';

/** Zod schemas of the knowledge files (knowledge/*.json). Cross-file checks live in cross-checks.ts. */

const sourceIds = z.array(z.string().regex(/^S\d+b?$/, 'expected a source id like "S12"')).min(1, 'at least one source is required');
const id = z.string().regex(/^[a-z0-9_]+$/, 'expected lower_snake_case');

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^S\d+b?$/),
  title: z.string().min(1),
  url: z.url(),
  publisher: z.string().min(1),
  /** The modification or publication date the source shows, as written. */
  date: z.string().min(1).optional(),
  /** false for sources the facts sheet marks "(secondary)". */
  official: z.boolean(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  version: z.number().int().positive(),
  sheet: z.string().optional(),
  sources: z.array(sourceSchema).min(1),
});

export const CONTACT_KINDS = ['phone', 'sms', 'web'] as const;
export const contactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** What to dial, text or type: "3114", "0 805 805 817", "internet-signalement.gouv.fr". */
  number: z.string().min(1),
  kind: z.enum(CONTACT_KINDS),
  label: localizedTextSchema,
  when: localizedTextSchema,
  sources: sourceIds,
});
export type ContactRecord = z.infer<typeof contactSchema>;

export const contactsFileSchema = z.strictObject({
  version: z.number().int().positive(),
  /** Contact ids shown on any crisis, in display order. */
  crisis: z.array(z.string()).min(1),
  contacts: z.array(contactSchema).min(1),
});

export const stepBodySchema = z.strictObject({
  /** What the step is about, e.g. evidence, block, report_platform, pharos, 3018, complaint, school, host. */
  topic: z.string().regex(/^[a-z0-9_]+$/),
  title: localizedTextSchema,
  text: localizedTextSchema,
  sources: sourceIds,
});
export type StepBody = z.infer<typeof stepBodySchema>;

export const inlineStepSchema = stepBodySchema.extend({ id });

export const commonStepsFileSchema = z.strictObject({
  version: z.number().int().positive(),
  description: z.string().optional(),
  steps: z.record(id, stepBodySchema),
});

/** A persona's list: ids of steps (this file's first, then common.json), or steps written inline. */
const personaStepsSchema = z.array(z.union([id, inlineStepSchema])).min(1, 'at least one step is required');

export const guidanceFileSchema = z.strictObject({
  version: z.number().int().positive(),
  situation: z.enum(SITUATIONS),
  steps: z.record(id, stepBodySchema).default({}),
  personas: z.strictObject({
    teen: personaStepsSchema,
    parent: personaStepsSchema,
    adult: personaStepsSchema,
    professional: personaStepsSchema,
  }),
});
export type GuidanceFile = z.infer<typeof guidanceFileSchema>;

export const legalRulesSchema = z.strictObject({
  version: z.number().int().positive(),
  pressLaw: z.strictObject({
    description: z.string(),
    /** Situations where the press-law clock applies (defamation, insult). */
    situations: z.array(z.enum(SITUATIONS)).min(1),
    months: z.number().int().positive(),
    sources: sourceIds,
    discriminatory: z.strictObject({
      description: z.string(),
      months: z.number().int().positive(),
      sources: sourceIds,
    }),
    note: localizedTextSchema,
    noteSources: sourceIds,
  }),
});
export type LegalRules = z.infer<typeof legalRulesSchema>;
