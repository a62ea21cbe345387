import type { CaseCoverage } from '../queue/case';
import type { CoverageResult } from './check-coverage';

/** What staff see on a case: the masked number, product and the guarantees that apply. `null` = the user has no contract. */
export function toCaseCoverage(result: CoverageResult | null): CaseCoverage {
  if (!result) return { status: 'no_contract', guarantees: [] };
  const status = result.status === 'covered' || result.status === 'partially_covered'
    ? 'covered'
    : result.status === 'unknown_policy' ? 'unknown' : 'not_covered';
  return {
    status,
    policyMasked: result.policyMasked,
    product: result.productName,
    guarantees: result.applicable.map((g) => g.type),
  };
}
