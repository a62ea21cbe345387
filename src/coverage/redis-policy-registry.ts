import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createKeys, type Keys } from '../queue/keys';
import { InvalidPolicyRecordError } from './errors';
import { policySchema, type Policy } from './policy';
import { maskPolicyNumber, normalisePolicyNumber } from './policy-number';
import type { PolicyRegistry } from './policy-registry';

/** Hash fields as stored: strings only; options joined by "," (option ids are lower_snake_case). */
const recordSchema = z.object({
  number: z.string(),
  productId: z.string(),
  holder: z.string(),
  subscribedAt: z.string(),
  expiresAt: z.string().optional(),
  status: z.string(),
  options: z.string().transform((s) => (s === '' ? [] : s.split(','))),
  psychologicalSessionsUsed: z.coerce.number(),
});

function toHash(p: Policy): Record<string, string> {
  const hash: Record<string, string> = {
    number: p.number, productId: p.productId, holder: p.holder, subscribedAt: p.subscribedAt, status: p.status,
    options: p.options.join(','), psychologicalSessionsUsed: String(p.psychologicalSessionsUsed),
  };
  if (p.expiresAt !== undefined) hash.expiresAt = p.expiresAt;
  return hash;
}

/** Upserts go to Redis in MULTI batches of this size (one round trip each). */
const BATCH = 500;

/**
 * The insurer's register in Redis: one hash per contract at `<prefix>policy:<number>`, without TTL
 * (the insurer owns the data's lifetime and re-imports to change it).
 */
export class RedisPolicyRegistry implements PolicyRegistry {
  private readonly redis: Redis;
  private readonly keys: Keys;

  constructor(options: { redis: Redis; prefix: string }) {
    this.redis = options.redis;
    this.keys = createKeys(options.prefix);
  }

  async lookup(number: string): Promise<Policy | null> {
    const n = normalisePolicyNumber(number);
    if (n === null) return null;
    const hash = await this.redis.hgetall(this.keys.policy(n));
    if (Object.keys(hash).length === 0) return null;
    const record = recordSchema.safeParse(hash);
    const policy = record.success ? policySchema.safeParse(record.data) : record;
    if (!policy.success) throw new InvalidPolicyRecordError(`Policy ${maskPolicyNumber(n)} in Redis is not valid: ${policy.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    return policy.data;
  }

  /** Replaces each contract whole (DEL then HSET in one MULTI), so a field removed from the CSV does not linger. */
  async upsert(policies: Policy[]): Promise<number> {
    for (let i = 0; i < policies.length; i += BATCH) {
      const multi = this.redis.multi();
      for (const p of policies.slice(i, i + BATCH)) {
        const key = this.keys.policy(p.number);
        multi.del(key).hset(key, toHash(p));
      }
      const results = await multi.exec();
      const failed = results?.find(([err]) => err !== null);
      if (failed) throw failed[0];
    }
    return policies.length;
  }
}
