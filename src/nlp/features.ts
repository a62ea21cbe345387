import type { Language, Situation } from '../domain/labels';
import type { CachedStemmer } from './stemmer';

type PhraseIndex = Map<string, Array<{ label: Situation; rest: string[] }>>;

/**
 * Turns expanded tokens into sparse features for the classifier:
 * - `w:<stem>`  stemmed words (natural's Porter stemmer of the message language),
 * - `b:<stem>_<stem>` stemmed bigrams (word order matters: "fake insta", "photos intimes"),
 * - `cue:<label>` hand-made features: a cue phrase of knowledge/situations.json appears in the text,
 * - `hint:<label>` the same for the weaker 'hints' vocabulary,
 * - `len:<bucket>` message length, so that very short messages can lean to `other`.
 */
export class FeatureExtractor {
  /** Cue phrases stemmed with each language's stemmer, indexed by their first stem (matching is O(tokens)). */
  private readonly cues: Record<Language, PhraseIndex>;
  private readonly hints: Record<Language, PhraseIndex>;

  constructor(
    private readonly stemmer: CachedStemmer,
    cues: ReadonlyArray<{ label: Situation; phrase: string }>,
    /** Weaker evidence than cues: `hint:<label>` features, never used for dominance. */
    hints: ReadonlyArray<{ label: Situation; phrase: string }>,
    /** Tokens that give no unigram and no bigram on their own (a bigram needs one token outside this set). */
    private readonly stopwords: ReadonlySet<string> = new Set(),
    /** Character n-gram length inside words longer than 3 letters (`c:` features, robust to typos); 0 turns them off. */
    private readonly charNgram = 0,
  ) {
    const index = (list: typeof cues, language: Language): PhraseIndex => {
      const byFirst: PhraseIndex = new Map();
      for (const c of list) {
        const stems = c.phrase.split(' ').map((t) => stemmer.stem(t, language));
        const bucket = byFirst.get(stems[0]) ?? [];
        bucket.push({ label: c.label, rest: stems.slice(1) });
        byFirst.set(stems[0], bucket);
      }
      return byFirst;
    };
    this.cues = { fr: index(cues, 'fr'), en: index(cues, 'en') };
    this.hints = { fr: index(hints, 'fr'), en: index(hints, 'en') };
  }

  /** Labels whose cue phrases appear in the expanded tokens (compared stem by stem: "menacent" matches "menace"). */
  cueLabels(tokens: readonly string[], language: Language, kind: 'cues' | 'hints' = 'cues', stemmed?: readonly string[]): Set<Situation> {
    const index = this[kind][language];
    const found = new Set<Situation>();
    if (index.size === 0) return found;
    const stems = stemmed ?? tokens.map((t) => this.stemmer.stem(t, language));
    for (let i = 0; i < stems.length; i += 1) {
      for (const phrase of index.get(stems[i]) ?? []) {
        if (!found.has(phrase.label) && phrase.rest.every((s, j) => stems[i + 1 + j] === s)) found.add(phrase.label);
      }
    }
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
    if (this.charNgram > 0) {
      for (const t of tokens) {
        if (t.length <= 3 || this.stopwords.has(t)) continue;
        const w = `<${t}>`;
        for (let i = 0; i + this.charNgram <= w.length; i += 1) features.add(`c:${w.slice(i, i + this.charNgram)}`);
      }
    }
    // The stems above serve the cue phrases too (the crisis scorer has none: nothing to look up).
    for (const label of this.cueLabels(tokens, language, 'cues', stems)) features.add(`cue:${label}`);
    for (const label of this.cueLabels(tokens, language, 'hints', stems)) features.add(`hint:${label}`);
    features.add(tokens.length <= 2 ? 'len:tiny' : tokens.length <= 6 ? 'len:short' : 'len:long');
    return [...features];
  }
}
