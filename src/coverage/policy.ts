import { z } from 'zod';
import { normalisePolicyNumber } from './policy-number';

export const POLICY_HOLDERS = ['student', 'adult', 'business'] as const;
export type PolicyHolder = (typeof POLICY_HOLDERS)[number];
export const POLICY_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** One insurance contract in the register. Dates are calendar days (YYYY-MM-DD). */
export const policySchema = z.strictObject({
  number: z.string().refine((n) => normalisePolicyNumber(n) === n, 'expected a normalised contract number like DEMO-2024-0042'),
  productId: z.string().min(1),
  holder: z.enum(POLICY_HOLDERS),
  subscribedAt: z.iso.date(),
  expiresAt: z.iso.date().optional(),
  status: z.enum(POLICY_STATUSES),
  options: z.array(z.string().regex(/^[a-z0-9_]+$/)),
  psychologicalSessionsUsed: z.number().int().min(0),
});
export type Policy = z.infer<typeof policySchema>;
