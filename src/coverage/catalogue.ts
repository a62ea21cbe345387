import { z } from 'zod';
import { KNOWN_PERSONAS, SITUATIONS } from '../domain/labels';
import { localizedTextSchema } from '../knowledge/localized-text';
import { POLICY_HOLDERS } from './policy';

/** The insurance guarantees the bot knows how to explain. */
export const GUARANTEE_TYPES = ['ereputation', 'psychological_support', 'legal_advice', 'legal_action'] as const;
export type GuaranteeType = (typeof GUARANTEE_TYPES)[number];

export const CONDITION_IDS = [
  'facts_after_subscription', 'waiting_period', 'no_prior_complaint', 'prior_complaint_required', 'ceiling', 'sessions_left',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export const NOT_APPLICABLE_REASONS = [
  'situation_not_covered', 'option_not_subscribed', 'facts_before_subscription', 'waiting_period', 'sessions_exhausted',
] as const;
export type NotApplicableReason = (typeof NOT_APPLICABLE_REASONS)[number];

export const INACTIVE_REASONS = ['suspended', 'terminated', 'expired', 'not_started'] as const;
export type InactiveReason = (typeof INACTIVE_REASONS)[number];

const textsFor = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, localizedTextSchema])) as { [P in K[number]]: typeof localizedTextSchema });

const guaranteeSchema = z.strictObject({
  type: z.enum(GUARANTEE_TYPES),
  situations: z.array(z.enum(SITUATIONS)).min(1),
  /** Option id the contract must include for this guarantee to apply. */
  option: z.string().optional(),
  ceilingEur: z.number().int().positive().optional(),
  sessions: z.number().int().positive().optional(),
  /** Overrides the product's condition for this guarantee. */
  priorComplaintRequired: z.boolean().optional(),
});
export type Guarantee = z.infer<typeof guaranteeSchema>;

const productSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(['school', 'adult', 'business']),
  holder: z.enum(POLICY_HOLDERS),
  /** Regular expression every contract number of this product matches. */
  numberPattern: z.string().refine((p) => { try { new RegExp(p); return true; } catch { return false; } }, 'not a valid regular expression'),
  conditions: z.strictObject({
    factsAfterSubscription: z.boolean(),
    waitingPeriodDays: z.number().int().min(0),
    priorComplaintRequired: z.boolean(),
  }),
  options: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9_]+$/), name: localizedTextSchema })),
  guarantees: z.array(guaranteeSchema).min(1),
});
export type Product = z.infer<typeof productSchema>;

const freeRouteSchema = z.strictObject({
  kind: z.enum(['contact', 'guidance']),
  /** A contact id (knowledge/contacts.json) or a guidance step id. */
  id: z.string().min(1),
  personas: z.array(z.enum(KNOWN_PERSONAS)).optional(),
  situations: z.array(z.enum(SITUATIONS)).optional(),
});
export type FreeRouteRule = z.infer<typeof freeRouteSchema>;

export const coverageCatalogueSchema = z.strictObject({
  version: z.number().int().positive(),
  /** true while the catalogue is the fictional demo: the dialogs must show `notice`. */
  demo: z.boolean(),
  notice: localizedTextSchema,
  guaranteeTypes: z.strictObject(Object.fromEntries(GUARANTEE_TYPES.map((g) => [g, z.strictObject({
    name: localizedTextSchema, description: localizedTextSchema,
  })])) as { [P in GuaranteeType]: z.ZodObject<{ name: typeof localizedTextSchema; description: typeof localizedTextSchema }, z.core.$strict> }),
  texts: z.strictObject({
    conditions: textsFor(CONDITION_IDS),
    reasons: textsFor(NOT_APPLICABLE_REASONS),
    inactive: textsFor(INACTIVE_REASONS),
  }),
  products: z.array(productSchema).min(1),
  freeRoutes: z.array(freeRouteSchema).min(1),
});
export type CoverageCatalogue = z.infer<typeof coverageCatalogueSchema>;
