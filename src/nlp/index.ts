/**
 * Triage of free text: situation, crisis, language, commands, yes/no and facts, in French and English.
 * Pure: imports neither botbuilder nor Redis, so the bot, the triage CLI and the benchmarks run the same code.
 */
import { createTriage, type TriageOptions } from './create-triage';
import { defaultKnowledgeDir, loadNlpKnowledge } from './load-nlp-knowledge';
import { artifactLookup, modelArtifactCandidates, readModelArtifact } from './model-artifact';
import type { Triage } from './types';

export type { CrisisKind, CrisisResult, ExtractedFacts, GlobalCommand, Triage, TriageResult } from './types';
export type { TriageOptions } from './create-triage';
export { createTriage } from './create-triage';
export { loadNlpKnowledge, defaultKnowledgeDir } from './load-nlp-knowledge';
export { NlpKnowledgeError } from './errors';

/**
 * Loads knowledge/ (or `knowledgeDir`) and the external training sets (`externalTrainingDir`, default
 * test/fixtures/triage-eval, see external-training.ts), validates them with zod, and returns a ready Triage: the
 * trained weights come from src/nlp/model/triage-model.json.gz when it matches (ready in ~0.6 s), else it trains (~15 s).
 * Without the external files (no test/ in a deployment) the artifact is matched on the knowledge alone.
 * Synchronous. Throws NlpKnowledgeError when a knowledge file is invalid.
 */
export function loadTriage(options: { knowledgeDir?: string; externalTrainingDir?: string | null; useModelArtifact?: boolean } & TriageOptions = {}): Triage {
  const { knowledgeDir = defaultKnowledgeDir(), externalTrainingDir, useModelArtifact = true, ...tunables } = options;
  const knowledge = externalTrainingDir === undefined ? loadNlpKnowledge(knowledgeDir) : loadNlpKnowledge(knowledgeDir, externalTrainingDir);
  const lookup = artifactLookup(knowledge, tunables);
  const pretrained = useModelArtifact ? readModelArtifact(modelArtifactCandidates(knowledgeDir), lookup.fingerprint, lookup.field) : undefined;
  return createTriage(knowledge, tunables, pretrained);
}
