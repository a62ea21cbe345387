import type { Policy } from './policy';

export type { Policy, PolicyHolder, PolicyStatus } from './policy';
export { policySchema, POLICY_HOLDERS, POLICY_STATUSES } from './policy';

/** Where contracts are looked up by number. Embedded: MemoryPolicyRegistry; with Redis: RedisPolicyRegistry. */
export interface PolicyRegistry {
  /** The contract, or null when the number is unknown or malformed. */
  lookup(number: string): Promise<Policy | null>;
  /** Inserts or replaces contracts by number; returns how many were written. */
  upsert(policies: Policy[]): Promise<number>;
}

export { MemoryPolicyRegistry } from './memory-policy-registry';
export { RedisPolicyRegistry } from './redis-policy-registry';
