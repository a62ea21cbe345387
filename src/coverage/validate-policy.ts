import type { CoverageCatalogue } from './catalogue';
import type { Policy } from './policy';

/** Problems of a (schema-valid) policy against the catalogue: unknown product or option, wrong holder or number format. */
export function policyProblems(policy: Policy, catalogue: CoverageCatalogue): string[] {
  const product = catalogue.products.find((p) => p.id === policy.productId);
  if (!product) return [`productId: unknown product "${policy.productId}"`];
  const problems: string[] = [];
  if (product.holder !== policy.holder) problems.push(`holder: product "${product.id}" is for "${product.holder}", got "${policy.holder}"`);
  if (!new RegExp(product.numberPattern).test(policy.number)) problems.push(`number: does not match the pattern of product "${product.id}" (${product.numberPattern})`);
  for (const option of policy.options) {
    if (!product.options.some((o) => o.id === option)) problems.push(`options: unknown option "${option}" for product "${product.id}"`);
  }
  if (policy.expiresAt !== undefined && policy.expiresAt < policy.subscribedAt) problems.push('expiresAt: before subscribedAt');
  return problems;
}
