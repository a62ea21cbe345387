import { loadNlpKnowledge, createTriage, type Triage } from '../../../src/nlp';
import type { NlpKnowledge } from '../../../src/nlp/knowledge-schemas';

let cached: { knowledge: NlpKnowledge; triage: Triage } | undefined;

/** One trained triage per test file (training takes a few hundred ms). */
export function sharedTriage(): { knowledge: NlpKnowledge; triage: Triage } {
  if (cached === undefined) {
    const knowledge = loadNlpKnowledge();
    cached = { knowledge, triage: createTriage(knowledge) };
  }
  return cached;
}
