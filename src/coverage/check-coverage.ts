import type { Persona, Situation } from '../domain/labels';
import { fillLocalized, type LocalizedText, type TextVars } from '../knowledge/localized-text';
import type {
  ConditionId, CoverageCatalogue, Guarantee, GuaranteeType, InactiveReason, NotApplicableReason, Product,
} from './catalogue';
import { freeRoutesFor, type FreeRoute } from './free-routes';
import type { Policy } from './policy';
import { maskPolicyNumber } from './policy-number';

export type CoverageStatus = 'covered' | 'partially_covered' | 'not_covered' | 'inactive' | 'unknown_policy';

export interface CoverageCondition {
  id: ConditionId;
  text: LocalizedText;
  /** true when the bot could not check it (no facts date given): the insurer will confirm. */
  toConfirm: boolean;
}
export interface ApplicableGuarantee {
  type: GuaranteeType;
  name: LocalizedText;
  description: LocalizedText;
  ceilingEur?: number;
  sessionsTotal?: number;
  sessionsLeft?: number;
  conditions: CoverageCondition[];
}
export interface NotApplicableGuarantee { type: GuaranteeType; name: LocalizedText; reason: NotApplicableReason; reasonText: LocalizedText }

export interface CoverageResult {
  status: CoverageStatus;
  /** The catalogue is the fictional demo: show `catalogue.notice`. */
  demo: boolean;
  productId?: string;
  productName?: string;
  /** "DEMO-****-0042": never the number in clear. */
  policyMasked?: string;
  inactiveReason?: InactiveReason;
  inactiveText?: LocalizedText;
  applicable: ApplicableGuarantee[];
  notApplicable: NotApplicableGuarantee[];
  /** Free public help (3018, 116 006, PHAROS, legal aid…) that fits the situation and persona. */
  freeRoutes: FreeRoute[];
}

export interface CoverageInput { policy: Policy | null; situation: Situation; persona: Persona; factsDate?: Date; now: Date }

const DAY_MS = 86_400_000;
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** Guarantees where "a complaint is (not) needed first" matters; others only show it when they set it. */
const COMPLAINT_SENSITIVE: readonly GuaranteeType[] = ['ereputation', 'legal_action'];

function inactiveReason(policy: Policy, today: string): { reason: InactiveReason; date?: Date } | null {
  if (policy.status === 'suspended' || policy.status === 'terminated') return { reason: policy.status };
  if (policy.expiresAt !== undefined && policy.expiresAt < today) return { reason: 'expired', date: day(policy.expiresAt) };
  if (policy.subscribedAt > today) return { reason: 'not_started', date: day(policy.subscribedAt) };
  return null;
}

interface Context { policy: Policy; product: Product; situation: Situation; facts?: string; catalogue: CoverageCatalogue }

function whyNot(g: Guarantee, ctx: Context): { reason: NotApplicableReason; vars: TextVars } | null {
  const { policy, product, facts } = ctx;
  if (!g.situations.includes(ctx.situation)) return { reason: 'situation_not_covered', vars: {} };
  if (g.option !== undefined && !policy.options.includes(g.option)) {
    const option = product.options.find((o) => o.id === g.option);
    return { reason: 'option_not_subscribed', vars: { option: option?.name ?? g.option } };
  }
  if (facts !== undefined && product.conditions.factsAfterSubscription && facts < policy.subscribedAt) {
    return { reason: 'facts_before_subscription', vars: { date: day(policy.subscribedAt) } };
  }
  const waitEnd = new Date(day(policy.subscribedAt).getTime() + product.conditions.waitingPeriodDays * DAY_MS);
  if (facts !== undefined && product.conditions.waitingPeriodDays > 0 && facts >= policy.subscribedAt && facts < isoDay(waitEnd)) {
    return { reason: 'waiting_period', vars: { date: waitEnd } };
  }
  if (g.sessions !== undefined && policy.psychologicalSessionsUsed >= g.sessions) return { reason: 'sessions_exhausted', vars: { total: g.sessions } };
  return null;
}

function conditionsOf(g: Guarantee, ctx: Context): CoverageCondition[] {
  const t = ctx.catalogue.texts.conditions;
  const c = ctx.product.conditions;
  const toConfirm = ctx.facts === undefined;
  const out: CoverageCondition[] = [];
  if (c.factsAfterSubscription) out.push({ id: 'facts_after_subscription', text: fillLocalized(t.facts_after_subscription, { date: day(ctx.policy.subscribedAt) }), toConfirm });
  if (c.waitingPeriodDays > 0) out.push({ id: 'waiting_period', text: fillLocalized(t.waiting_period, { days: c.waitingPeriodDays }), toConfirm });
  if (g.priorComplaintRequired !== undefined || COMPLAINT_SENSITIVE.includes(g.type)) {
    const id = (g.priorComplaintRequired ?? c.priorComplaintRequired) ? 'prior_complaint_required' : 'no_prior_complaint';
    out.push({ id, text: t[id], toConfirm: false });
  }
  if (g.ceilingEur !== undefined) out.push({ id: 'ceiling', text: fillLocalized(t.ceiling, { amount: g.ceilingEur }), toConfirm: false });
  if (g.sessions !== undefined) {
    const left = Math.max(0, g.sessions - ctx.policy.psychologicalSessionsUsed);
    out.push({ id: 'sessions_left', text: fillLocalized(t.sessions_left, { left, total: g.sessions }), toConfirm: false });
  }
  return out;
}

/** Which guarantees of the user's contract apply to this situation, with their conditions, and the free routes. */
export function checkCoverage(input: CoverageInput, catalogue: CoverageCatalogue): CoverageResult {
  const base = { demo: catalogue.demo, applicable: [], notApplicable: [], freeRoutes: freeRoutesFor(input.situation, input.persona, catalogue) };
  const { policy } = input;
  const product = policy ? catalogue.products.find((p) => p.id === policy.productId) : undefined;
  if (!policy || !product) return { status: 'unknown_policy', ...base, policyMasked: policy ? maskPolicyNumber(policy.number) : undefined };
  const ids = { productId: product.id, productName: product.name, policyMasked: maskPolicyNumber(policy.number) };
  const inactive = inactiveReason(policy, isoDay(input.now));
  if (inactive) {
    const inactiveText = fillLocalized(catalogue.texts.inactive[inactive.reason], inactive.date ? { date: inactive.date } : {});
    return { status: 'inactive', ...base, ...ids, inactiveReason: inactive.reason, inactiveText };
  }
  const ctx: Context = { policy, product, situation: input.situation, facts: input.factsDate ? isoDay(input.factsDate) : undefined, catalogue };
  const applicable: ApplicableGuarantee[] = [];
  const notApplicable: NotApplicableGuarantee[] = [];
  for (const g of product.guarantees) {
    const def = catalogue.guaranteeTypes[g.type];
    const no = whyNot(g, ctx);
    if (no) {
      notApplicable.push({ type: g.type, name: def.name, reason: no.reason, reasonText: fillLocalized(catalogue.texts.reasons[no.reason], no.vars) });
      continue;
    }
    applicable.push({
      type: g.type, name: def.name, description: def.description, ceilingEur: g.ceilingEur, sessionsTotal: g.sessions,
      sessionsLeft: g.sessions === undefined ? undefined : Math.max(0, g.sessions - policy.psychologicalSessionsUsed),
      conditions: conditionsOf(g, ctx),
    });
  }
  const status: CoverageStatus = applicable.length === 0 ? 'not_covered' : notApplicable.length === 0 ? 'covered' : 'partially_covered';
  return { ...base, ...ids, status, applicable, notApplicable };
}
