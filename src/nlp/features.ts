import type { Language, Situation } from '../domain/labels';
import type { CachedStemmer } from './stemmer';

/**
 * Turns expanded tokens into sparse features for the classifier:
 * - `w:<stem>`  stemmed words (natural's Porter stemmer of the message language),
 * - `b:<stem>_<stem>` stemmed bigrams (word order matters: "fake insta", "photos intimes"),
 * - `cue:<label>` hand-made features: a cue phrase of knowledge/situations.json appears in the text,
 * - `len:<bucket>` message length, so that very short messages can lean to `other`.
 */
export class FeatureExtractor {
  private readonly cues: ReadonlyArray<{ label: Situation; phrase: string }>;

  constructor(
    private readonly stemmer: CachedStemmer,
    cues: ReadonlyArray<{ label: Situation; phrase: string }>,
    /** Tokens that give no unigram and no bigram on their own (a bigram needs one token outside this set). */
    private readonly stopwords: ReadonlySet<string> = new Set(),
  ) {
    this.cues = cues.map((c) => ({ label: c.label, phrase: ` ${c.phrase} ` }));
  }

  /** Labels whose cue phrases appear in the (expanded, space-joined) text. */
  cueLabels(expandedText: string): Set<Situation> {
    const padded = ` ${expandedText} `;
    const found = new Set<Situation>();
    for (const cue of this.cues) if (!found.has(cue.label) && padded.includes(cue.phrase)) found.add(cue.label);
    return found;
  }

  extract(tokens: readonly string[], language: Language): string[] {
    const features = new Set<string>();
    const stems = tokens.map((t) => this.stemmer.stem(t, language));
    const stop = tokens.map((t) => this.stopwords.has(t));
    for (let i = 0; i < stems.length; i += 1) {
      if (!stop[i]) features.add(`w:${stems[i]}`);
      if (i + 1 < stems.length && !(stop[i] && stop[i + 1])) features.add(`b:${stems[i]}_${stems[i + 1]}`);
    }
    for (const label of this.cueLabels(tokens.join(' '))) features.add(`cue:${label}`);
    features.add(tokens.length <= 2 ? 'len:tiny' : tokens.length <= 6 ? 'len:short' : 'len:long');
    return [...features];
  }
}
