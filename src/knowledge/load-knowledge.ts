import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { SITUATIONS, type Persona, type Situation } from '../domain/labels';
import { coverageCatalogueSchema } from '../coverage/catalogue';
import { policySchema } from '../coverage/policy';
import {
  checkCatalogue, checkContacts, checkLegal, checkSourcesFile, resolveGuidance,
  type GuidanceStep, type RawKnowledge,
} from './cross-checks';
import { KnowledgeError } from './errors';
import type { Knowledge, EmergencyContact } from './knowledge';
import { readJsonFile } from './read-json';
import {
  commonStepsFileSchema, contactsFileSchema, guidanceFileSchema, legalRulesSchema, sourcesFileSchema, type Source,
} from './schemas';

const demoPoliciesFileSchema = z.strictObject({
  version: z.number().int().positive(),
  demo: z.literal(true),
  description: z.string().optional(),
  policies: z.array(policySchema),
});

/** The repository's knowledge/ folder, found by walking up from this file (works from src/ and dist/src/). */
export function defaultKnowledgeDir(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'knowledge');
    if (existsSync(join(candidate, 'sources.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new KnowledgeError([`knowledge/: (folder): not found above ${start}`]);
    dir = parent;
  }
}

function readAll(dir: string, problems: string[]): RawKnowledge {
  const guidance: RawKnowledge['guidance'] = {};
  for (const situation of SITUATIONS) {
    const file = readJsonFile(dir, `guidance/${situation}.json`, guidanceFileSchema, problems);
    if (file) guidance[situation] = file;
  }
  return {
    sources: readJsonFile(dir, 'sources.json', sourcesFileSchema, problems)?.sources,
    contacts: readJsonFile(dir, 'contacts.json', contactsFileSchema, problems),
    common: readJsonFile(dir, 'guidance/common.json', commonStepsFileSchema, problems)?.steps,
    guidance,
    legal: readJsonFile(dir, 'legal.json', legalRulesSchema, problems),
    catalogue: readJsonFile(dir, 'coverage/catalogue.json', coverageCatalogueSchema, problems),
    demoPolicies: readJsonFile(dir, 'coverage/demo-policies.json', demoPoliciesFileSchema, problems)?.policies,
  };
}

/**
 * Reads and checks every knowledge file (sync, at start-up). Throws one KnowledgeError listing
 * every problem as "file: path: problem", so a reviewer fixes them all in one pass.
 */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const problems: string[] = [];
  const raw = readAll(dir, problems);
  if (raw.sources) checkSourcesFile(raw.sources, problems);
  const known = new Set((raw.sources ?? []).map((s) => s.id));
  const guidance = resolveGuidance(raw, known, problems);
  if (raw.contacts) checkContacts(raw.contacts, known, problems);
  if (raw.legal) checkLegal(raw.legal, known, problems);
  const stepIds = new Set<string>([...Object.keys(raw.common ?? {})]);
  for (const g of Object.values(raw.guidance)) for (const id of Object.keys(g.steps)) stepIds.add(id);
  checkCatalogue(raw, stepIds, problems);
  if (problems.length > 0 || !raw.sources || !raw.contacts || !raw.legal || !raw.catalogue || !raw.demoPolicies) {
    throw new KnowledgeError(problems);
  }
  return buildKnowledge(raw.sources, raw.contacts, guidance, raw as Required<RawKnowledge>);
}

function buildKnowledge(
  sourceList: Source[],
  contactsFile: NonNullable<RawKnowledge['contacts']>,
  guidance: Map<Situation, Record<Exclude<Persona, 'unknown'>, GuidanceStep[]>>,
  raw: Required<RawKnowledge>,
): Knowledge {
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const contacts = new Map<string, EmergencyContact>(contactsFile.contacts.map((c) => [c.id, c]));
  const steps = new Map<string, GuidanceStep>();
  for (const byPersona of guidance.values()) for (const list of Object.values(byPersona)) for (const s of list) steps.set(s.id, s);
  for (const [id, body] of Object.entries(raw.common)) if (!steps.has(id)) steps.set(id, { id, ...body });
  const crisis = contactsFile.crisis.map((id) => contacts.get(id)).filter((c): c is EmergencyContact => c !== undefined);
  return {
    sources,
    contacts,
    guidanceFor: (situation, persona) => [...(guidance.get(situation)?.[persona === 'unknown' ? 'adult' : persona] ?? [])],
    step: (id) => steps.get(id),
    citations: (ids) => ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined),
    crisisContacts: () => [...crisis],
    contact: (id) => contacts.get(id),
    legal: raw.legal,
    coverage: raw.catalogue,
    demoPolicies: raw.demoPolicies,
  };
}
