import { KNOWN_PERSONAS, SITUATIONS, type KnownPersona, type Situation } from '../domain/labels';
import type { CoverageCatalogue } from '../coverage/catalogue';
import type { Policy } from '../coverage/policy';
import { policyProblems } from '../coverage/validate-policy';
import type { LocalizedText } from './localized-text';
import type { ContactRecord, GuidanceFile, LegalRules, Source, StepBody } from './schemas';

/** A guidance step as the dialogs see it. */
export interface GuidanceStep extends StepBody { id: string }

/** Everything read from disk, already schema-valid; a missing file is undefined (its problem is already reported). */
export interface RawKnowledge {
  sources?: Source[];
  contacts?: { crisis: string[]; contacts: ContactRecord[] };
  common?: Record<string, StepBody>;
  guidance: Partial<Record<Situation, GuidanceFile>>;
  legal?: LegalRules;
  catalogue?: CoverageCatalogue;
  demoPolicies?: Policy[];
}

export type ResolvedGuidance = Map<Situation, Record<KnownPersona, GuidanceStep[]>>;

const TU = /^(tu|ton|ta|tes|toi|t)$/;
const VOUS = /^(vous|votre|vos)$/;
const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

function checkSources(file: string, path: string, ids: readonly string[], known: ReadonlySet<string>, problems: string[]): void {
  ids.forEach((id, i) => { if (!known.has(id)) problems.push(`${file}: ${path}.sources[${i}]: unknown source "${id}"`); });
}

/** Tutoiement only in fr_teen, vouvoiement never in fr_teen: a cheap guard against mixed registers. */
function checkRegister(file: string, path: string, text: LocalizedText, problems: string[]): void {
  const tu = words(text.fr).find((w) => TU.test(w));
  if (tu) problems.push(`${file}: ${path}.fr: tutoiement ("${tu}") belongs in fr_teen`);
  const vous = text.fr_teen ? words(text.fr_teen).find((w) => VOUS.test(w)) : undefined;
  if (vous) problems.push(`${file}: ${path}.fr_teen: vouvoiement ("${vous}") in the teen variant`);
}

function checkStep(file: string, path: string, step: StepBody, known: ReadonlySet<string>, problems: string[]): void {
  checkSources(file, path, step.sources, known, problems);
  checkRegister(file, `${path}.title`, step.title, problems);
  checkRegister(file, `${path}.text`, step.text, problems);
}

/** Resolves every persona list to steps and reports unknown ids, duplicates, missing teen wording and sources. */
export function resolveGuidance(raw: RawKnowledge, known: ReadonlySet<string>, problems: string[]): ResolvedGuidance {
  const resolved: ResolvedGuidance = new Map();
  const owner = new Map<string, string>();
  const claim = (id: string, file: string, path: string): void => {
    const first = owner.get(id);
    if (first && first !== file) problems.push(`${file}: ${path}: step id "${id}" is already defined in ${first}`);
    else owner.set(id, file);
  };
  for (const [id, step] of Object.entries(raw.common ?? {})) {
    claim(id, 'guidance/common.json', `steps.${id}`);
    checkStep('guidance/common.json', `steps.${id}`, step, known, problems);
  }
  for (const situation of SITUATIONS) {
    const file = `guidance/${situation}.json`;
    const g = raw.guidance[situation];
    if (!g) continue;
    if (g.situation !== situation) problems.push(`${file}: situation: expected "${situation}", got "${g.situation}"`);
    for (const [id, step] of Object.entries(g.steps)) {
      claim(id, file, `steps.${id}`);
      checkStep(file, `steps.${id}`, step, known, problems);
    }
    const byPersona = {} as Record<KnownPersona, GuidanceStep[]>;
    for (const persona of KNOWN_PERSONAS) {
      const list: GuidanceStep[] = [];
      g.personas[persona].forEach((entry, i) => {
        const path = `personas.${persona}[${i}]`;
        let step: GuidanceStep | undefined;
        if (typeof entry === 'string') {
          const body = g.steps[entry] ?? raw.common?.[entry];
          if (!body) problems.push(`${file}: ${path}: unknown step "${entry}"`);
          else step = { id: entry, ...body };
        } else {
          claim(entry.id, file, path);
          checkStep(file, path, entry, known, problems);
          step = entry;
        }
        if (!step) return;
        if (list.some((s) => s.id === step.id)) problems.push(`${file}: ${path}: step "${step.id}" is listed twice`);
        if (persona === 'teen' && step.text.fr_teen === undefined) problems.push(`${file}: ${path}: step "${step.id}" has no fr_teen text for teens`);
        list.push(step);
      });
      byPersona[persona] = list;
    }
    resolved.set(situation, byPersona);
  }
  return resolved;
}

export function checkSourcesFile(sources: Source[], problems: string[]): void {
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (seen.has(s.id)) problems.push(`sources.json: sources[${i}].id: duplicate id "${s.id}"`);
    seen.add(s.id);
  });
}

export function checkContacts(contacts: NonNullable<RawKnowledge['contacts']>, known: ReadonlySet<string>, problems: string[]): void {
  const ids = new Set<string>();
  contacts.contacts.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(`contacts.json: contacts[${i}].id: duplicate id "${c.id}"`);
    ids.add(c.id);
    checkSources('contacts.json', `contacts[${i}]`, c.sources, known, problems);
  });
  contacts.crisis.forEach((id, i) => { if (!ids.has(id)) problems.push(`contacts.json: crisis[${i}]: unknown contact "${id}"`); });
}

export function checkLegal(legal: LegalRules, known: ReadonlySet<string>, problems: string[]): void {
  checkSources('legal.json', 'pressLaw', legal.pressLaw.sources, known, problems);
  checkSources('legal.json', 'pressLaw.discriminatory', legal.pressLaw.discriminatory.sources, known, problems);
  legal.pressLaw.noteSources.forEach((id, i) => { if (!known.has(id)) problems.push(`legal.json: pressLaw.noteSources[${i}]: unknown source "${id}"`); });
}

export function checkCatalogue(raw: RawKnowledge, stepIds: ReadonlySet<string>, problems: string[]): void {
  const catalogue = raw.catalogue;
  if (!catalogue) return;
  const file = 'coverage/catalogue.json';
  const contactIds = new Set((raw.contacts?.contacts ?? []).map((c) => c.id));
  catalogue.products.forEach((p, i) => {
    if (catalogue.products.findIndex((q) => q.id === p.id) !== i) problems.push(`${file}: products[${i}].id: duplicate id "${p.id}"`);
    p.guarantees.forEach((g, j) => {
      if (g.option !== undefined && !p.options.some((o) => o.id === g.option)) problems.push(`${file}: products[${i}].guarantees[${j}].option: unknown option "${g.option}"`);
      if (g.type === 'psychological_support' && g.sessions === undefined) problems.push(`${file}: products[${i}].guarantees[${j}].sessions: required for psychological_support`);
      if (g.type === 'legal_action' && g.ceilingEur === undefined) problems.push(`${file}: products[${i}].guarantees[${j}].ceilingEur: required for legal_action`);
    });
  });
  catalogue.freeRoutes.forEach((r, i) => {
    const ok = r.kind === 'contact' ? contactIds.has(r.id) : stepIds.has(r.id);
    if (!ok) problems.push(`${file}: freeRoutes[${i}].id: unknown ${r.kind} "${r.id}"`);
  });
  (raw.demoPolicies ?? []).forEach((policy, i) => {
    for (const p of policyProblems(policy, catalogue)) problems.push(`coverage/demo-policies.json: policies[${i}].${p}`);
    if (!policy.number.startsWith('DEMO-')) problems.push(`coverage/demo-policies.json: policies[${i}].number: demo contracts must start with "DEMO-"`);
  });
}
