import { detect } from 'tinyld';
import type { Language } from '../domain/labels';
import { normalizeText, tokenize } from './normalize';

/**
 * fr/en detection: a marker lexicon first (function words and slang: "jsuis", "wsh", "ptdr" -> fr; "ppl", "bc",
 * "ngl" -> en), which is what works on short and slangy messages; tinyld only when markers do not decide.
 * Empty or undecidable input gives the fallback.
 */
export interface LanguageDetectorOptions {
  /** A side wins on markers alone when it has at least this many more hits than the other (default 1). */
  markerMargin?: number;
}

export class LanguageDetector {
  private readonly markerMargin: number;

  constructor(
    /** Marker words per language (knowledge/lexicon "markers"); the crisis router reads them too. */
    readonly markers: Readonly<Record<Language, ReadonlySet<string>>>,
    options: LanguageDetectorOptions = {},
  ) {
    this.markerMargin = options.markerMargin ?? 1;
  }

  detect(text: string, fallback: Language = 'fr'): Language {
    return this.detectTokens(tokenize(normalizeText(text)), text, fallback);
  }

  /** Same as detect() on already normalised tokens; `raw` is passed to tinyld when markers are not enough. */
  detectTokens(tokens: readonly string[], raw: string, fallback: Language): Language {
    if (tokens.length === 0) return fallback;
    let fr = 0;
    let en = 0;
    for (const t of tokens) {
      if (this.markers.fr.has(t)) fr += 1;
      if (this.markers.en.has(t)) en += 1;
    }
    if (fr - en >= this.markerMargin && fr > en) return 'fr';
    if (en - fr >= this.markerMargin && en > fr) return 'en';
    const guess = typeof raw === 'string' && raw.length > 0 ? detect(raw.slice(0, 500), { only: ['fr', 'en'] }) : '';
    if (guess === 'fr' || guess === 'en') return guess;
    return fallback;
  }
}
