import { LANGUAGES, SITUATIONS, type Language, type Situation } from '../domain/labels';
import { FeatureExtractor } from './features';
import type { NlpKnowledge, PerLanguage } from './knowledge-schemas';
import { LanguageDetector } from './language';
import { expandTokens, normalizeText, tokenize } from './normalize';
import { SoftmaxClassifier, type SerializedSoftmaxEnsemble, type SoftmaxTrainingOptions, type TrainingDoc } from './softmax-classifier';
import { CachedStemmer } from './stemmer';

/** Tunables of the situation classifier, with their defaults. */
export interface TriageModelOptions {
  /** Characters kept for classification; longer texts are truncated, never rejected (default 2000). */
  maxChars?: number;
  /** Below this probability for the best label, the answer is `other` (default 0.35). */
  minConfidence?: number;
  /**
   * Dominance rule: a more dominant label (knowledge/situations.json order) whose cue appears in the message wins
   * over the classifier's pick when its own probability is at least this. Default 0 for revenge_porn (intimate
   * images win over everything, and its cues are precise) and 0.3 for the other labels.
   */
  dominanceMinProbability?: Partial<Record<Situation, number>>;
  /**
   * Number of softmax models trained with different seeds (dropout and order) whose probabilities are averaged
   * (default 3). Single models varied by several macro-F1 points from one seed to the next; the average does not.
   */
  ensembleSize?: number;
  /** Character n-gram length for typo-robust features, 0 = off (default 0: measured worse). */
  charNgram?: number;
  training?: SoftmaxTrainingOptions;
  /** How many times each external training row (external-training.ts) counts in training (default 1). */
  externalWeight?: number;
}

export interface Classification {
  situation: Situation;
  confidence: number;
  scores: Record<Situation, number>;
}

export interface PreparedText {
  tokens: string[];
  language: Language;
  /** Tokens expanded with the lexicon of `language`. */
  expanded: string[];
}

const DEFAULT_DOMINANCE_MIN: Record<Situation, number> = {
  revenge_porn: 0,
  threats: 0.3,
  identity_theft: 0.3,
  pile_on: 0.3,
  rumours: 0.3,
  insults: 0.3,
  other: 1,
};

/** Normalisation, language, slang expansion, features and the trained softmax classifier, with dominance applied. */
export class TriageModel {
  readonly language: LanguageDetector;
  private readonly expansions: PerLanguage<Map<string, string>>;
  /** The other language's expansions without the words of this language ("y" is French, not "why"). */
  private readonly crossExpansions: PerLanguage<Map<string, string>>;
  private readonly features: FeatureExtractor;
  private readonly classifiers: SoftmaxClassifier[];
  private readonly dominance: readonly Situation[];
  private readonly maxChars: number;
  private readonly minConfidence: number;
  private readonly dominanceMin: Record<Situation, number>;

  /** Trains from the knowledge, or restores `pretrained` weights (see model-artifact.ts) when given. */
  constructor(knowledge: NlpKnowledge, options: TriageModelOptions = {}, pretrained?: SerializedSoftmaxEnsemble) {
    this.maxChars = options.maxChars ?? 2000;
    this.minConfidence = options.minConfidence ?? 0.35;
    this.dominanceMin = { ...DEFAULT_DOMINANCE_MIN, ...options.dominanceMinProbability };
    this.dominance = knowledge.situations.dominance;
    this.language = new LanguageDetector({
      fr: new Set(knowledge.lexicon.fr.markers),
      en: new Set(knowledge.lexicon.en.markers),
    });
    this.expansions = {
      fr: new Map(Object.entries(knowledge.lexicon.fr.expansions)),
      en: new Map(Object.entries(knowledge.lexicon.en.expansions)),
    };
    const without = (map: Map<string, string>, words: ReadonlySet<string>): Map<string, string> => new Map([...map].filter(([w]) => !words.has(w)));
    const markers = { fr: new Set(knowledge.lexicon.fr.markers), en: new Set(knowledge.lexicon.en.markers) };
    this.crossExpansions = { fr: without(this.expansions.en, markers.fr), en: without(this.expansions.fr, markers.en) };
    const cues = knowledge.situations.situations.flatMap((s) => s.cues.map((phrase) => ({ label: s.id, phrase })));
    const hints = knowledge.situations.situations.flatMap((s) => s.hints.map((phrase) => ({ label: s.id, phrase })));
    this.features = new FeatureExtractor(new CachedStemmer(), cues, hints, new Set(), options.charNgram ?? 0);
    if (pretrained !== undefined) {
      this.classifiers = SoftmaxClassifier.restore(pretrained);
      return;
    }
    const docs: TrainingDoc[] = [];
    for (const lang of LANGUAGES) {
      for (const label of SITUATIONS) {
        for (const text of knowledge.utterances[lang].utterances[label] ?? []) {
          const prepared = this.prepare(text, lang);
          docs.push({ features: this.features.extract(prepared.expanded, lang), label: SITUATIONS.indexOf(label) });
        }
      }
    }
    // Messages by other authors (external-training.ts), in the language they were labelled with.
    for (const row of knowledge.external) {
      const prepared = this.prepare(row.text, row.language);
      const doc = { features: this.features.extract(prepared.expanded, row.language), label: SITUATIONS.indexOf(row.situation) };
      for (let i = 0; i < (options.externalWeight ?? 1); i += 1) docs.push(doc);
    }
    const seed = options.training?.seed ?? 7;
    // Features of fewer than 3 training messages are dropped (session 5): 132,571 -> 45,928 features, the artifact
    // 12.1 -> 7.7 MB, ready 0.79 -> 0.63 s. Trained without the six sets of round 15 and scored on them, macro-F1
    // 0.960-0.991 either way; on the six unseen sets of round 16, 0.963-0.990 before, 0.965-0.987 after (mean 0.976
    // both). (The crisis scorer keeps all of its features, see crisis-scorer.ts.)
    this.classifiers = Array.from({ length: Math.max(1, options.ensembleSize ?? 3) }, (_, i) =>
      SoftmaxClassifier.train(docs, SITUATIONS.length, { keepProbability: 0.6, minDocuments: 3, ...options.training, seed: seed + i * 101 }),
    );
  }

  serialize(): SerializedSoftmaxEnsemble {
    return SoftmaxClassifier.serialize(this.classifiers);
  }

  prepare(text: string, language?: Language, fallback: Language = 'fr', maxChars: number = this.maxChars): PreparedText {
    const tokens = tokenize(normalizeText(text, maxChars));
    const lang = language ?? this.language.detectTokens(tokens, typeof text === 'string' ? text.slice(0, maxChars) : '', fallback);
    return { tokens, language: lang, expanded: expandTokens(tokens, this.expansions[lang], lang === 'en') };
  }

  /** Expansion with both lexicons (the message's language first), for the crisis detector: recall over precision. */
  expandForCrisis(tokens: readonly string[], language: Language): string {
    const first = expandTokens(tokens, this.expansions[language], language === 'en');
    return expandTokens(first, this.crossExpansions[language], false).join(' ');
  }

  classify(prepared: PreparedText): Classification {
    const features = this.features.extract(prepared.expanded, prepared.language);
    const probs = new Float64Array(SITUATIONS.length);
    for (const c of this.classifiers) {
      const p = c.predict(features);
      for (let i = 0; i < probs.length; i += 1) probs[i] += p[i] / this.classifiers.length;
    }
    const scores = Object.fromEntries(SITUATIONS.map((s, i) => [s, probs[i]])) as Record<Situation, number>;
    if (prepared.expanded.length === 0 || this.classifiers[0].knownCount(features) <= 1) {
      return { situation: 'other', confidence: Math.max(scores.other, 0.5), scores };
    }
    let best: Situation = SITUATIONS[0];
    for (const s of SITUATIONS) if (scores[s] > scores[best]) best = s;
    const cueLabels = this.features.cueLabels(prepared.expanded, prepared.language);
    for (const s of this.dominance) {
      if (s === best) break;
      if (cueLabels.has(s) && scores[s] >= this.dominanceMin[s]) {
        best = s;
        break;
      }
    }
    if (best !== 'other' && scores[best] < this.minConfidence) return { situation: 'other', confidence: 1 - scores[best], scores };
    return { situation: best, confidence: scores[best], scores };
  }
}
