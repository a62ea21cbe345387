import type { Language } from '../domain/labels';
import { CommandDetector } from './command-detector';
import { CrisisDetector } from './crisis-detector';
import { CrisisScorer, type CrisisScorerExample } from './crisis-scorer';
import { FactExtractor } from './fact-extractor';
import { CRISIS_KINDS, type NlpKnowledge } from './knowledge-schemas';
import { CachedStemmer } from './stemmer';
import { LANGUAGES, SITUATIONS } from '../domain/labels';
import { TriageModel, type TriageModelOptions } from './triage-model';
import type { CrisisResult, Triage, TriageResult } from './types';

/** Tunables of the whole triage, with defaults (the lead wires them to env config). */
export interface TriageOptions extends TriageModelOptions {
  /** Characters the crisis detector scans: more than the classifier, a crisis may sit at the end (default 20000). */
  crisisMaxChars?: number;
  /**
   * Probability from which the learned crisis scorer flags a crisis that no pattern caught (default 0.25).
   * Set to 1.01 to use the patterns alone.
   */
  crisisScorerThreshold?: number;
  /** Language used when detection has nothing to go on (empty or emoji-only input) (default 'fr'). */
  fallbackLanguage?: Language;
}

const NO_CRISIS: CrisisResult = { crisis: false, gentleCheck: false };

/** Builds the triage from parsed knowledge (trains the classifier: ~100-300 ms). Pure: no I/O. */
export function createTriage(knowledge: NlpKnowledge, options: TriageOptions = {}): Triage {
  const model = new TriageModel(knowledge, options);
  const crisis = new CrisisDetector([knowledge.crisis.fr, knowledge.crisis.en], options.crisisScorerThreshold ?? 0.25);
  crisis.useScorer(new CrisisScorer(new CachedStemmer(), crisisExamples(knowledge, model, crisis)));
  const commands = new CommandDetector(knowledge.commands, knowledge.lexicon);
  const facts = new FactExtractor(knowledge.lexicon);
  const crisisMaxChars = options.crisisMaxChars ?? 20_000;
  const fallback = options.fallbackLanguage ?? 'fr';

  const detectCrisis = (text: string, language?: Language): CrisisResult => {
    const prepared = model.prepare(text, language, fallback, crisisMaxChars);
    if (prepared.tokens.length === 0) return NO_CRISIS;
    return crisis.detectNormalized(model.expandForCrisis(prepared.tokens, prepared.language), prepared.language);
  };

  return {
    triage(text: string, opts?: { language?: Language }): TriageResult {
      const prepared = model.prepare(text, opts?.language, fallback);
      const classification = model.classify(prepared);
      // Same language for both (no second detection): the crisis scan only reads further into long texts.
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

/** Training data of the crisis scorer: knowledge/crisis training lists, plus every utterance labelled by the patterns. */
function crisisExamples(knowledge: NlpKnowledge, model: TriageModel, crisis: CrisisDetector): CrisisScorerExample[] {
  const out: CrisisScorerExample[] = [];
  for (const language of LANGUAGES) {
    const prep = (t: string): string => model.expandForCrisis(model.prepare(t, language).tokens, language);
    const byPattern = (t: string): CrisisScorerExample => {
      const text = prep(t);
      const r = crisis.detectNormalized(text, language);
      return { text, language, kind: r.crisis && r.kind !== undefined ? r.kind : 'none' };
    };
    for (const label of SITUATIONS) for (const t of knowledge.utterances[language].utterances[label] ?? []) out.push(byPattern(t));
    const file = knowledge.crisis[language];
    for (const kind of CRISIS_KINDS) for (const t of file.training[kind]) out.push({ text: prep(t), language, kind });
    for (const t of [...file.training.notCrisis, ...file.examples.none, ...file.examples.gentle]) out.push({ text: prep(t), language, kind: 'none' });
  }
  return out;
}
