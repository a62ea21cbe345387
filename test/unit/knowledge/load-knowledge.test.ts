import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KNOWN_PERSONAS, LANGUAGES, SITUATIONS } from '../../../src/domain/labels';
import { KnowledgeError, loadKnowledge, localize, type Knowledge } from '../../../src/knowledge';
import { defaultKnowledgeDir } from '../../../src/knowledge/load-knowledge';
import type { GuidanceFile, StepBody } from '../../../src/knowledge/schemas';
import type { CoverageCatalogue } from '../../../src/coverage/catalogue';
import type { Policy } from '../../../src/coverage/policy';

type Guidance = GuidanceFile;
type Common = { steps: Record<string, StepBody> };

const knowledge: Knowledge = loadKnowledge();

describe('knowledge files as shipped', () => {
  test.each(SITUATIONS.flatMap((s) => KNOWN_PERSONAS.map((p) => [s, p] as const)))('%s × %s has sourced steps in both languages', (situation, persona) => {
    const steps = knowledge.guidanceFor(situation, persona);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const step of steps) {
      expect(step.sources.length).toBeGreaterThanOrEqual(1);
      for (const id of step.sources) expect(knowledge.sources.has(id)).toBe(true);
      for (const language of LANGUAGES) {
        expect(localize(step.text, language, persona).length).toBeGreaterThan(20);
        expect(localize(step.title, language, persona).length).toBeGreaterThan(1);
      }
      if (persona === 'teen') expect(step.text.fr_teen).toBeDefined();
    }
  });

  test('unknown persona gets the adult steps', () => {
    expect(knowledge.guidanceFor('threats', 'unknown').map((s) => s.id)).toEqual(knowledge.guidanceFor('threats', 'adult').map((s) => s.id));
  });

  test('teens, parents and professionals get different guidance', () => {
    const ids = (p: (typeof KNOWN_PERSONAS)[number]) => knowledge.guidanceFor('insults', p).map((s) => s.id).join();
    expect(new Set(KNOWN_PERSONAS.map(ids)).size).toBe(4);
  });

  test.each(SITUATIONS.filter((s) => s !== 'other'))('%s covers the required topics per persona', (situation) => {
    const topics = (p: (typeof KNOWN_PERSONAS)[number]) => new Set(knowledge.guidanceFor(situation, p).map((s) => s.topic));
    for (const p of KNOWN_PERSONAS) {
      expect(topics(p)).toContain('evidence');
      expect(topics(p)).toContain('complaint');
    }
    expect(topics('teen')).toContain('3018');
    expect(topics('parent')).toContain('3018');
    expect(topics('adult')).toContain('no_reply');
  });

  test('school steps for minors and parents, host and publication-director route for professionals', () => {
    for (const s of ['rumours', 'insults', 'pile_on'] as const) {
      expect(knowledge.guidanceFor(s, 'teen').map((x) => x.topic)).toContain('school');
      expect(knowledge.guidanceFor(s, 'parent').map((x) => x.topic)).toContain('school');
    }
    const pro = knowledge.guidanceFor('rumours', 'professional').map((s) => s.topic);
    expect(pro).toEqual(expect.arrayContaining(['host', 'publication_director', 'right_of_reply', 'fake_reviews']));
  });

  test('sextortion: do not pay, stop answering, THESEE', () => {
    const ids = knowledge.guidanceFor('revenge_porn', 'teen').map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['sextortion_no_pay', 'sextortion_stop', 'thesee_report']));
    expect(localize(knowledge.step('sextortion_no_pay')!.text, 'fr', 'teen')).toMatch(/Ne paie pas/);
  });

  test('teen French uses tutoiement, adult French vouvoiement', () => {
    const step = knowledge.step('evidence')!;
    expect(localize(step.text, 'fr', 'teen')).toMatch(/\bfais\b/);
    expect(localize(step.text, 'fr', 'adult')).toMatch(/\bfaites\b/);
    expect(localize(step.text, 'fr', 'parent')).toBe(step.text.fr);
    expect(localize(step.text, 'en', 'teen')).toBe(step.text.en);
  });

  test('crisis contacts come in the required order with labels and sources', () => {
    const crisis = knowledge.crisisContacts();
    expect(crisis.map((c) => c.number)).toEqual(['3114', '112', '17', '114', '119']);
    expect(crisis.find((c) => c.id === '114')?.kind).toBe('sms');
    for (const c of crisis) {
      expect(c.label.fr).toContain(c.number);
      expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(knowledge.contact('3018')?.when.fr).toContain('9h à 23h');
    expect(knowledge.contact('116006')?.number).toBe('116 006');
    expect(knowledge.contact('nope')).toBeUndefined();
  });

  test('sources keep the official flag of the facts sheet', () => {
    expect(knowledge.sources.get('S1')?.official).toBe(true);
    expect(knowledge.sources.get('S22')?.official).toBe(false);
    expect(knowledge.citations(['S1', 'S999', 'S4']).map((s) => s.id)).toEqual(['S1', 'S4']);
  });

  test('every source in sources.json is cited somewhere', () => {
    const cited = new Set<string>();
    for (const s of SITUATIONS) for (const p of KNOWN_PERSONAS) for (const st of knowledge.guidanceFor(s, p)) st.sources.forEach((x) => cited.add(x));
    for (const c of knowledge.contacts.values()) c.sources.forEach((x) => cited.add(x));
    const pl = knowledge.legal.pressLaw;
    [...pl.sources, ...pl.discriminatory.sources, ...pl.noteSources].forEach((x) => cited.add(x));
    expect([...knowledge.sources.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });

  test('free routes point at existing contacts and steps', () => {
    for (const r of knowledge.coverage.freeRoutes) {
      expect(r.kind === 'contact' ? knowledge.contact(r.id) : knowledge.step(r.id)).toBeDefined();
    }
    expect(knowledge.demoPolicies.every((p) => p.number.startsWith('DEMO-'))).toBe(true);
    expect(knowledge.coverage.demo).toBe(true);
  });
});

describe('loadKnowledge on broken files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rempart-knowledge-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Edits a copied knowledge file; T is the minimal shape the edit touches. */
  const edit = <T>(file: string, change: (json: T) => void): void => {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as T;
    change(json);
    writeFileSync(path, JSON.stringify(json));
  };
  const problemsOf = (): string[] => {
    try { loadKnowledge(dir); } catch (err) { if (err instanceof KnowledgeError) return err.problems; throw err; }
    throw new Error('expected a KnowledgeError');
  };

  test('reports every problem with file and path, not just the first', () => {
    edit<Guidance>('guidance/threats.json', (j) => { j.personas.teen[2] = { id: 'x_inline', topic: 'x', title: { fr: 'Titre', en: 'Title' }, text: { fr: 'Texte', fr_teen: 'Texte', en: 'Text' }, sources: ['S999'] }; });
    edit<{ personas: Partial<Guidance['personas']> }>('guidance/insults.json', (j) => { delete j.personas.parent; });
    edit<{ crisis: string[] }>('contacts.json', (j) => { j.crisis.push('999'); });
    edit<Common>('guidance/common.json', (j) => { delete j.steps.no_reply.text.fr_teen; });
    const problems = problemsOf();
    expect(problems).toEqual(expect.arrayContaining([
      'guidance/threats.json: personas.teen[2].sources[0]: unknown source "S999"',
      expect.stringMatching(/^guidance\/insults\.json: personas\.parent: /),
      'contacts.json: crisis[5]: unknown contact "999"',
      'guidance/rumours.json: personas.teen[2]: step "no_reply" has no fr_teen text for teens',
    ]));
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  test('a missing situation file, an unknown step id and bad JSON are reported', () => {
    rmSync(join(dir, 'guidance/other.json'));
    edit<Guidance>('guidance/pile_on.json', (j) => { j.personas.adult.push('no_such_step'); });
    writeFileSync(join(dir, 'legal.json'), '{ not json');
    const problems = problemsOf();
    expect(problems).toContain('guidance/other.json: (file): missing');
    expect(problems).toContain(`guidance/pile_on.json: personas.adult[${11}]: unknown step "no_such_step"`);
    expect(problems.some((p) => p.startsWith('legal.json: (file): not valid JSON'))).toBe(true);
  });

  test('a step without sources and mixed registers are refused', () => {
    edit<Guidance>('guidance/rumours.json', (j) => { j.steps.fake_reviews.sources = []; });
    edit<Common>('guidance/common.json', (j) => { j.steps.block_lock.text.fr = 'Bloque la personne sur ton compte.'; });
    const problems = problemsOf();
    expect(problems).toContain('guidance/rumours.json: steps.fake_reviews.sources: at least one source is required');
    expect(problems.some((p) => p.startsWith('guidance/common.json: steps.block_lock.text.fr: tutoiement'))).toBe(true);
  });

  test('catalogue and demo policies are checked against each other', () => {
    edit<CoverageCatalogue>('coverage/catalogue.json', (j) => { j.freeRoutes.push({ kind: 'contact', id: 'ghost' }); });
    edit<{ policies: Policy[] }>('coverage/demo-policies.json', (j) => { j.policies[0].productId = 'nope'; j.policies[1].options = ['option_x']; });
    const problems = problemsOf();
    expect(problems).toContain('coverage/catalogue.json: freeRoutes[5].id: unknown contact "ghost"');
    expect(problems).toContain('coverage/demo-policies.json: policies[0].productId: unknown product "nope"');
    expect(problems.some((p) => p.includes('policies[1].options: unknown option "option_x"'))).toBe(true);
  });
});
