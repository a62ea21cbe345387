/**
 * Triage of free text: situation, crisis, language, commands, yes/no and facts, in French and English.
 * Pure: imports neither botbuilder nor Redis, so the bot, the triage CLI and the benchmarks run the same code.
 */
import { createTriage, type TriageOptions } from './create-triage';
import { defaultKnowledgeDir, loadNlpKnowledge } from './load-nlp-knowledge';
import { modelArtifactCandidates, readModelArtifact, trainingFingerprint } from './model-artifact';
import type { Triage } from './types';

export type { CrisisKind, CrisisResult, ExtractedFacts, GlobalCommand, Triage, TriageResult } from './types';
export type { TriageOptions } from './create-triage';
export { createTriage } from './create-triage';
export { loadNlpKnowledge, defaultKnowledgeDir } from './load-nlp-knowledge';
export { NlpKnowledgeError } from './errors';

/**
 * Loads knowledge/ (or `knowledgeDir`), validates it with zod, and returns a ready Triage: the trained weights come
 * from src/nlp/model/triage-model.json.gz when it matches the knowledge (~150 ms), else it trains (~0.5-1 s).
 * Synchronous. Throws NlpKnowledgeError when a knowledge file is invalid.
 */
export function loadTriage(options: { knowledgeDir?: string; useModelArtifact?: boolean } & TriageOptions = {}): Triage {
  const { knowledgeDir = defaultKnowledgeDir(), useModelArtifact = true, ...tunables } = options;
  const knowledge = loadNlpKnowledge(knowledgeDir);
  const pretrained = useModelArtifact ? readModelArtifact(modelArtifactCandidates(knowledgeDir), trainingFingerprint(knowledge, tunables)) : undefined;
  return createTriage(knowledge, tunables, pretrained);
}
