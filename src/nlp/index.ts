/**
 * Triage of free text: situation, crisis, language, commands, yes/no and facts, in French and English.
 * Pure: imports neither botbuilder nor Redis, so the bot, the triage CLI and the benchmarks run the same code.
 */
import { createTriage, type TriageOptions } from './create-triage';
import { loadNlpKnowledge } from './load-nlp-knowledge';
import type { Triage } from './types';

export type { CrisisKind, CrisisResult, ExtractedFacts, GlobalCommand, Triage, TriageResult } from './types';
export type { TriageOptions } from './create-triage';
export { createTriage } from './create-triage';
export { loadNlpKnowledge, defaultKnowledgeDir } from './load-nlp-knowledge';
export { NlpKnowledgeError } from './errors';

/**
 * Loads knowledge/ (or `knowledgeDir`), validates it with zod, trains the classifier and returns a ready Triage.
 * Synchronous, well under 1 s. Throws NlpKnowledgeError when a knowledge file is invalid.
 */
export function loadTriage(options: { knowledgeDir?: string } & TriageOptions = {}): Triage {
  const { knowledgeDir, ...tunables } = options;
  return createTriage(loadNlpKnowledge(knowledgeDir), tunables);
}
