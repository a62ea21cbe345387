import { toCaseCoverage } from '../../../src/coverage/case-coverage';
import { checkCoverage } from '../../../src/coverage/check-coverage';
import { freeRoutesFor } from '../../../src/coverage/free-routes';
import { MemoryPolicyRegistry } from '../../../src/coverage/policy-registry';
import type { Policy } from '../../../src/coverage/policy';
import { loadKnowledge, localize } from '../../../src/knowledge';

const knowledge = loadKnowledge();
const catalogue = knowledge.coverage;
const registry = new MemoryPolicyRegistry(knowledge.demoPolicies);
const now = new Date('2026-11-27T12:00:00Z');
const policy = async (n: string): Promise<Policy> => {
  const p = await registry.lookup(n);
  if (!p) throw new Error(`demo policy ${n} missing`);
  return p;
};
const types = (list: { type: string }[]): string[] => list.map((g) => g.type).sort();

describe('checkCoverage on the demo catalogue', () => {
  test('school contract, teen, rumours: partially covered (legal action needs an option), sessions left, demo flag', async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2024-0042'), situation: 'rumours', persona: 'teen', now }, catalogue);
    expect(r.status).toBe('partially_covered');
    expect(r.demo).toBe(true);
    expect(r.productName).toBe('Démo Scolaire Cyber');
    expect(r.policyMasked).toBe('DEMO-****-0042');
    expect(types(r.applicable)).toEqual(['ereputation', 'legal_advice', 'psychological_support']);
    expect(r.notApplicable).toEqual([expect.objectContaining({ type: 'legal_action', reason: 'option_not_subscribed' })]);
    expect(r.notApplicable[0].reasonText.fr).toContain('« Protection juridique »');
    expect(r.notApplicable[0].reasonText.en).toContain('"Legal protection"');
    const psy = r.applicable.find((g) => g.type === 'psychological_support');
    expect(psy).toMatchObject({ sessionsTotal: 6, sessionsLeft: 5 });
    expect(psy?.conditions.map((c) => c.text.fr)).toContain('Séances restantes : 5 sur 6.');
    const facts = psy?.conditions.find((c) => c.id === 'facts_after_subscription');
    expect(facts).toMatchObject({ toConfirm: true });
    expect(facts?.text.fr).toContain('1 septembre 2024');
    expect(r.applicable.find((g) => g.type === 'ereputation')?.conditions.map((c) => c.id)).toContain('no_prior_complaint');
    expect(r.freeRoutes).toEqual(expect.arrayContaining([{ kind: 'contact', id: '3018' }, { kind: 'contact', id: 'pharos' }]));
  });

  test('with the option: covered, ceiling shown; exhausted sessions are not applicable', async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2024-0043'), situation: 'threats', persona: 'parent', now, factsDate: new Date('2026-10-01') }, catalogue);
    expect(r.status).toBe('partially_covered');
    expect(types(r.applicable)).toEqual(['legal_action', 'legal_advice']);
    const action = r.applicable.find((g) => g.type === 'legal_action');
    expect(action?.ceilingEur).toBe(3000);
    expect(localize(action!.conditions.find((c) => c.id === 'ceiling')!.text, 'en', 'parent')).toBe('Ceiling: €3,000 per dispute.');
    expect(action?.conditions.every((c) => !c.toConfirm)).toBe(true);
    expect(r.notApplicable).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'psychological_support', reason: 'sessions_exhausted' }),
      expect.objectContaining({ type: 'ereputation', reason: 'situation_not_covered' }),
    ]));
  });

  test('every guarantee applies: covered', async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2023-0100'), situation: 'pile_on', persona: 'adult', now }, catalogue);
    expect(r.status).toBe('covered');
    expect(r.applicable).toHaveLength(4);
    expect(r.freeRoutes.map((f) => f.id)).not.toContain('3018');
  });

  test('business product: complaint required before legal action, waiting period, pro free routes', async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2022-0500'), situation: 'rumours', persona: 'professional', now }, catalogue);
    expect(r.status).toBe('covered');
    const action = r.applicable.find((g) => g.type === 'legal_action');
    expect(action?.conditions.map((c) => c.id)).toEqual(['facts_after_subscription', 'waiting_period', 'prior_complaint_required', 'ceiling']);
    expect(r.applicable.find((g) => g.type === 'psychological_support')?.sessionsLeft).toBe(1);
  });

  test('facts before subscription or inside the waiting period are not covered', async () => {
    const fam = await policy('DEMO-2023-0100'); // subscribed 2023-03-15, 30-day waiting period
    const before = checkCoverage({ policy: fam, situation: 'insults', persona: 'adult', now, factsDate: new Date('2023-01-01') }, catalogue);
    expect(before.status).toBe('not_covered');
    expect(new Set(before.notApplicable.map((g) => g.reason))).toEqual(new Set(['facts_before_subscription']));
    const waiting = checkCoverage({ policy: fam, situation: 'insults', persona: 'adult', now, factsDate: new Date('2023-04-01') }, catalogue);
    expect(waiting.notApplicable[0]).toMatchObject({ reason: 'waiting_period' });
    expect(waiting.notApplicable[0].reasonText.fr).toContain('14 avril 2023');
    const after = checkCoverage({ policy: fam, situation: 'insults', persona: 'adult', now, factsDate: new Date('2023-04-14') }, catalogue);
    expect(after.status).toBe('covered');
  });

  test("situation 'other' is not covered by any guarantee", async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2023-0100'), situation: 'other', persona: 'adult', now }, catalogue);
    expect(r.status).toBe('not_covered');
    expect(r.applicable).toEqual([]);
    expect(r.freeRoutes.map((f) => f.id)).toEqual(['116006', '17cyber', 'lawyer_legal_aid']);
  });

  test.each([
    ['DEMO-2023-0101', 'suspended', 'Le contrat est suspendu.'],
    ['DEMO-2020-0001', 'terminated', 'Le contrat est résilié.'],
    ['DEMO-2021-0007', 'expired', 'Le contrat a pris fin le 31 mai 2022.'],
  ])('%s is inactive (%s)', async (n, reason, fr) => {
    const r = checkCoverage({ policy: await policy(n), situation: 'insults', persona: 'adult', now }, catalogue);
    expect(r).toMatchObject({ status: 'inactive', inactiveReason: reason, applicable: [], notApplicable: [] });
    expect(r.inactiveText?.fr).toBe(fr);
    expect(r.freeRoutes.length).toBeGreaterThan(0);
  });

  test('a contract that has not started yet is inactive', async () => {
    const r = checkCoverage({ policy: await policy('DEMO-2024-0042'), situation: 'insults', persona: 'teen', now: new Date('2024-08-01') }, catalogue);
    expect(r).toMatchObject({ status: 'inactive', inactiveReason: 'not_started' });
  });

  test('unknown contract (null) or unknown product: unknown_policy, with free routes for a teen', async () => {
    const r = checkCoverage({ policy: null, situation: 'revenge_porn', persona: 'teen', now }, catalogue);
    expect(r).toMatchObject({ status: 'unknown_policy', applicable: [] });
    expect(r.freeRoutes.map((f) => f.id)).toEqual(['3018', '116006', 'pharos', '17cyber', 'lawyer_legal_aid']);
    const ghost = { ...(await policy('DEMO-2024-0042')), productId: 'gone' };
    expect(checkCoverage({ policy: ghost, situation: 'insults', persona: 'teen', now }, catalogue)).toMatchObject({ status: 'unknown_policy', policyMasked: 'DEMO-****-0042' });
  });

  test('freeRoutesFor treats an unknown persona as an adult', () => {
    expect(freeRoutesFor('insults', 'unknown', catalogue)).toEqual(freeRoutesFor('insults', 'adult', catalogue));
  });
});

describe('toCaseCoverage', () => {
  test('maps results to what staff see, never the number in clear', async () => {
    const covered = checkCoverage({ policy: await policy('DEMO-2024-0042'), situation: 'rumours', persona: 'teen', now }, catalogue);
    expect(toCaseCoverage(covered)).toEqual({ status: 'covered', policyMasked: 'DEMO-****-0042', product: 'Démo Scolaire Cyber', guarantees: ['ereputation', 'psychological_support', 'legal_advice'] });
    expect(toCaseCoverage(checkCoverage({ policy: null, situation: 'rumours', persona: 'teen', now }, catalogue)).status).toBe('unknown');
    expect(toCaseCoverage(checkCoverage({ policy: await policy('DEMO-2023-0101'), situation: 'rumours', persona: 'adult', now }, catalogue)).status).toBe('not_covered');
    expect(toCaseCoverage(null)).toEqual({ status: 'no_contract', guarantees: [] });
  });
});

describe('MemoryPolicyRegistry', () => {
  test('looks up normalised numbers, returns copies, upserts', async () => {
    expect((await registry.lookup(' demo 2024 0042'))?.productId).toBe('demo-scolaire-cyber');
    expect(await registry.lookup('DEMO-9999-0000')).toBeNull();
    expect(await registry.lookup('not a number')).toBeNull();
    const copy = await policy('DEMO-2024-0042');
    copy.options.push('tampered');
    expect((await policy('DEMO-2024-0042')).options).toEqual([]);
    const own = new MemoryPolicyRegistry();
    expect(await own.upsert([{ ...copy, number: 'DEMO-2030-0001', options: [] }])).toBe(1);
    expect((await own.lookup('DEMO-2030-0001'))?.number).toBe('DEMO-2030-0001');
  });
});
