import type { Policy } from './policy';
import { normalisePolicyNumber } from './policy-number';
import type { PolicyRegistry } from './policy-registry';

/** In-process register for the embedded mode and tests; seed it with `knowledge.demoPolicies` (fictional DEMO- contracts). */
export class MemoryPolicyRegistry implements PolicyRegistry {
  private readonly policies = new Map<string, Policy>();

  constructor(seed: Iterable<Policy> = []) {
    for (const p of seed) this.policies.set(p.number, structuredClone(p));
  }

  async lookup(number: string): Promise<Policy | null> {
    const n = normalisePolicyNumber(number);
    const found = n === null ? undefined : this.policies.get(n);
    return found ? structuredClone(found) : null;
  }

  async upsert(policies: Policy[]): Promise<number> {
    for (const p of policies) this.policies.set(p.number, structuredClone(p));
    return policies.length;
  }
}
