import { z } from 'zod';
import type { CoverageCatalogue } from './catalogue';
import { PolicyImportError } from './errors';
import { parseCsv } from './csv';
import { POLICY_HOLDERS, POLICY_STATUSES, type Policy } from './policy';
import { maskPolicyNumber, normalisePolicyNumber } from './policy-number';
import { policyProblems } from './validate-policy';

/** Columns of the policy CSV, in the documented order (knowledge/coverage/README.md). */
export const POLICY_CSV_COLUMNS = [
  'number', 'product_id', 'holder', 'subscribed_at', 'expires_at', 'status', 'options', 'psychological_sessions_used',
] as const;
const REQUIRED = ['number', 'product_id', 'holder', 'subscribed_at', 'status'] as const;

export interface RowProblem { line: number; message: string }

const rowSchema = z.object({
  number: z.string().transform((raw, ctx) => {
    const n = normalisePolicyNumber(raw);
    if (n === null) ctx.addIssue({ code: 'custom', message: `expected a contract number like DEMO-2024-0042, got "${maskPolicyNumber(raw.trim())}"` });
    return n ?? '';
  }),
  product_id: z.string().trim().min(1, 'required'),
  holder: z.string().trim().pipe(z.enum(POLICY_HOLDERS)),
  subscribed_at: z.string().trim().pipe(z.iso.date('expected a date YYYY-MM-DD')),
  expires_at: z.string().trim().pipe(z.union([z.literal(''), z.iso.date('expected a date YYYY-MM-DD or empty')])),
  status: z.string().trim().pipe(z.enum(POLICY_STATUSES)),
  options: z.string().transform((s) => s.split('|').map((o) => o.trim()).filter(Boolean)),
  psychological_sessions_used: z.string().trim().transform((s) => (s === '' ? 0 : Number(s)))
    .pipe(z.number('expected a number').int('expected a whole number').min(0, 'expected 0 or more')),
});

function headerIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (!(POLICY_CSV_COLUMNS as readonly string[]).includes(name)) throw new PolicyImportError(`line 1: unknown column "${h.trim()}" (expected ${POLICY_CSV_COLUMNS.join(', ')})`);
    if (index.has(name)) throw new PolicyImportError(`line 1: column "${name}" appears twice`);
    index.set(name, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) throw new PolicyImportError(`line 1: missing column(s) ${missing.join(', ')}`);
  return index;
}

/**
 * Reads a policy CSV: every good row becomes a Policy, every bad row a problem with its line number.
 * Throws PolicyImportError only when the file cannot be read at all (empty, bad header).
 */
export function parsePolicyCsv(text: string, catalogue: CoverageCatalogue): { policies: Policy[]; problems: RowProblem[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new PolicyImportError('line 1: the file is empty (expected a header row)');
  const index = headerIndex(header.fields);
  const policies: Policy[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) {
      problems.push({ line, message: `expected ${header.fields.length} fields, got ${fields.length}` });
      continue;
    }
    const cells = Object.fromEntries(POLICY_CSV_COLUMNS.map((c) => [c, index.has(c) ? fields[index.get(c) ?? 0] : '']));
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      problems.push({ line, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      continue;
    }
    const r = parsed.data;
    const policy: Policy = {
      number: r.number, productId: r.product_id, holder: r.holder, subscribedAt: r.subscribed_at,
      ...(r.expires_at ? { expiresAt: r.expires_at } : {}),
      status: r.status, options: r.options, psychologicalSessionsUsed: r.psychological_sessions_used,
    };
    const bad = policyProblems(policy, catalogue);
    const first = seen.get(policy.number);
    if (first !== undefined) bad.push(`number: duplicate of line ${first}`);
    if (bad.length > 0) { problems.push({ line, message: bad.join('; ') }); continue; }
    seen.set(policy.number, line);
    policies.push(policy);
  }
  return { policies, problems };
}
