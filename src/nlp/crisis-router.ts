import type { Language } from '../domain/labels';
import type { CrisisDetector } from './crisis-detector';
import type { CrisisResult } from './types';

/**
 * Picks which crisis patterns read a message: those of its language alone when no word of the other language is in
 * it, both files merged otherwise (code-switching: "jsuis done, kms"). Half the patterns for most messages: the
 * crisis scan was ~60% of a triage and the median went over 0.5 ms with the session 2 knowledge; on the 9,240 rows of
 * test/fixtures/triage-eval the routed and the merged detector decide alike on every row (test/unit/nlp/crisis-router.test.ts).
 */
export class CrisisRouter {
  constructor(
    readonly merged: CrisisDetector,
    private readonly single: Readonly<Record<Language, CrisisDetector>>,
    private readonly markers: Readonly<Record<Language, ReadonlySet<string>>>,
  ) {}

  /** The detector for these tokens, detected as `language`. */
  detectorFor(tokens: readonly string[], language: Language): CrisisDetector {
    const other: Language = language === 'fr' ? 'en' : 'fr';
    return tokens.some((t) => this.markers[other].has(t)) ? this.merged : this.single[language];
  }

  /** `text` is the normalised, expanded form of `tokens` (see TriageModel.expandForCrisis). */
  detect(tokens: readonly string[], text: string, language: Language): CrisisResult {
    return this.detectorFor(tokens, language).detectNormalized(text, language);
  }
}
