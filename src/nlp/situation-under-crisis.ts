import { SITUATIONS, type Language, type Situation } from '../domain/labels';
import type { CrisisDetector } from './crisis-detector';
import type { Classification, TriageModel } from './triage-model';
import type { CrisisResult } from './types';

/** Clause boundaries: a crisis sentence is dropped whole, the harassment around it is kept. */
const CLAUSE = /[.!?;,\n]+|\s(?:et|mais|and|but|so|donc|alors)\s/i;

/** From this confidence, a label other than threats is kept for an immediate danger. */
const DANGER_KEEP_CONFIDENCE = 0.85;

export interface SituationUnderCrisisOptions {
  /** Under a crisis, the best harassment label wins over `other` from this probability (default 0.1). */
  minProbability?: number;
}

/**
 * The situation of a message that is also a crisis. Crisis words ("ce soir", "pills", "goodbye") pull the classifier
 * towards `other`, although the message usually says what happened too ("mes photos sont partout, je veux plus
 * vivre"): the harassment is what the steps and the queue depend on. So, only when the message is a crisis:
 * 1. the clauses in which a crisis signal or concept combo matches are dropped and the rest is classified again;
 * 2. if that is still `other`, the best harassment label wins from `minProbability`;
 * 3. an immediate danger is a threat (someone is about to hurt the user) unless another label is near certain.
 */
export function situationUnderCrisis(
  text: string,
  language: Language,
  first: Classification,
  crisis: CrisisResult,
  model: TriageModel,
  detector: CrisisDetector,
  options: SituationUnderCrisisOptions = {},
): Classification {
  if (!crisis.crisis) return first;
  const minProbability = options.minProbability ?? 0.1;
  const kept = text
    .slice(0, 4000)
    .split(CLAUSE)
    .filter((clause) => {
      const prepared = model.prepare(clause, language);
      return prepared.tokens.length > 0 && !detector.matchesCrisis(detector.residual(model.expandForCrisis(prepared.tokens, language)).rest);
    });
  let result = first;
  if (kept.length > 0) {
    const again = model.classify(model.prepare(kept.join('. '), language));
    if (again.situation !== 'other' || first.situation === 'other') result = again;
  }
  // Someone is about to hurt the user: a threat, unless the classifier is sure of something else (intimate images).
  if (crisis.kind === 'danger' && result.situation !== 'threats' && result.confidence < DANGER_KEEP_CONFIDENCE) {
    return { situation: 'threats', confidence: result.scores.threats, scores: result.scores };
  }
  if (result.situation === 'other') {
    let best: Situation | undefined;
    for (const s of SITUATIONS) if (s !== 'other' && (best === undefined || result.scores[s] > result.scores[best])) best = s;
    if (best !== undefined && result.scores[best] >= minProbability) return { situation: best, confidence: result.scores[best], scores: result.scores };
  }
  return result;
}
