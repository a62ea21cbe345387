import type { Language } from '../domain/labels';

/**
 * natural's Porter stemmers (French and English), required by file path: the package index pulls ~0.9 s of unrelated
 * modules (and runs dotenv, which prints on stdout), while these two files load in a few milliseconds.
 */
interface NaturalStemmer {
  stem(token: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porterFr: NaturalStemmer = require('natural/lib/natural/stemmers/porter_stemmer_fr');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const porterEn: NaturalStemmer = require('natural/lib/natural/stemmers/porter_stemmer');

const MAX_CACHE = 50_000;

/** Stems one token with the stemmer of its language, memoised (stemming dominates per-message cost otherwise). */
export class CachedStemmer {
  private readonly cache: Record<Language, Map<string, string>> = { fr: new Map(), en: new Map() };

  stem(token: string, language: Language): string {
    const cache = this.cache[language];
    const hit = cache.get(token);
    if (hit !== undefined) return hit;
    const stem = token.length <= 2 || /^\d+$/.test(token) ? token : (language === 'fr' ? porterFr : porterEn).stem(token);
    if (cache.size < MAX_CACHE) cache.set(token, stem);
    return stem;
  }
}
