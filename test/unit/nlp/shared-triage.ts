import { loadNlpKnowledge, loadTriage, type Triage } from '../../../src/nlp';
import type { NlpKnowledge } from '../../../src/nlp/knowledge-schemas';

let cached: { knowledge: NlpKnowledge; triage: Triage } | undefined;

/**
 * One triage per test file, restored from the shipped model artifact (training on the 7,400 external rows takes
 * ~15 s; model-artifact.test.ts checks that restored weights answer like freshly trained ones, and a stale artifact
 * is retrained by loadTriage itself).
 */
export function sharedTriage(): { knowledge: NlpKnowledge; triage: Triage } {
  if (cached === undefined) {
    const knowledge = loadNlpKnowledge();
    cached = { knowledge, triage: loadTriage() };
  }
  return cached;
}
