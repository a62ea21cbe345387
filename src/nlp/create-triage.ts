import type { Language } from '../domain/labels';
import { CommandDetector } from './command-detector';
import { CrisisDetector } from './crisis-detector';
import { FactExtractor } from './fact-extractor';
import type { NlpKnowledge } from './knowledge-schemas';
import { TriageModel, type TriageModelOptions } from './triage-model';
import type { CrisisResult, Triage, TriageResult } from './types';

/** Tunables of the whole triage, with defaults (the lead wires them to env config). */
export interface TriageOptions extends TriageModelOptions {
  /** Characters the crisis detector scans: more than the classifier, a crisis may sit at the end (default 20000). */
  crisisMaxChars?: number;
  /** Language used when detection has nothing to go on (empty or emoji-only input) (default 'fr'). */
  fallbackLanguage?: Language;
}

const NO_CRISIS: CrisisResult = { crisis: false, gentleCheck: false };

/** Builds the triage from parsed knowledge (trains the classifier: ~100-300 ms). Pure: no I/O. */
export function createTriage(knowledge: NlpKnowledge, options: TriageOptions = {}): Triage {
  const model = new TriageModel(knowledge, options);
  const crisis = new CrisisDetector([knowledge.crisis.fr, knowledge.crisis.en]);
  const commands = new CommandDetector(knowledge.commands, knowledge.lexicon);
  const facts = new FactExtractor(knowledge.lexicon);
  const crisisMaxChars = options.crisisMaxChars ?? 20_000;
  const fallback = options.fallbackLanguage ?? 'fr';

  const detectCrisis = (text: string, language?: Language): CrisisResult => {
    const prepared = model.prepare(text, language, fallback, crisisMaxChars);
    if (prepared.tokens.length === 0) return NO_CRISIS;
    return crisis.detectNormalized(model.expandForCrisis(prepared.tokens, prepared.language));
  };

  return {
    triage(text: string, opts?: { language?: Language }): TriageResult {
      const prepared = model.prepare(text, opts?.language, fallback);
      const classification = model.classify(prepared);
      const crisisDetail = detectCrisis(text, prepared.language);
      return {
        situation: classification.situation,
        crisis: crisisDetail.crisis,
        language: prepared.language,
        confidence: Math.round(classification.confidence * 1000) / 1000,
        crisisDetail,
        facts: facts.extract(typeof text === 'string' ? text.slice(0, options.maxChars ?? 2000) : ''),
        scores: classification.scores,
      };
    },
    detectCrisis: (text: string) => detectCrisis(text),
    detectLanguage: (text: string, fb: Language = fallback) => model.language.detect(typeof text === 'string' ? text.slice(0, 2000) : '', fb),
    detectCommand: (text: string) => commands.detectCommand(typeof text === 'string' ? text : ''),
    detectYesNo: (text: string) => commands.detectYesNo(typeof text === 'string' ? text : ''),
    extractFacts: (text: string) => facts.extract(typeof text === 'string' ? text.slice(0, 2000) : ''),
  };
}
