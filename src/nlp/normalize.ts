/**
 * Text normalisation shared by the classifier, the crisis detector and the command parser.
 * Steps: bound the length, NFKD + strip accents, lower case, laughing emojis -> "lol", apostrophes and
 * punctuation -> spaces, runs of 3+ identical letters collapsed ("mdrrrr" -> "mdr", "nooon" -> "non").
 * Never throws: any input (null bytes, other alphabets, emoji only) gives a (possibly empty) token list.
 */

/** Default number of characters kept for classification; the crisis detector gets a larger budget. */
export const DEFAULT_MAX_CHARS = 2000;

const LAUGH_EMOJIS = /[\u{1F480}\u{1F602}\u{1F923}\u{1F62D}\u{2620}]/gu; // skull, tears of joy, rofl, loud crying, skull and bones
const COMBINING = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;
const ELONGATION = /([a-z])\1{2,}/g;

export function normalizeText(input: unknown, maxChars: number = DEFAULT_MAX_CHARS): string {
  const raw = typeof input === 'string' ? input : input === null || input === undefined ? '' : String(input);
  return raw
    .slice(0, Math.max(0, maxChars))
    .replace(/\u0153/g, 'oe')
    .replace(/\u00e6/g, 'ae')
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(LAUGH_EMOJIS, ' lol ')
    .replace(NON_WORD, ' ')
    .replace(ELONGATION, '$1')
    .trim();
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

/** English contraction tails left by turning apostrophes into spaces ("don t" -> "dont"). */
const EN_TAILS = new Set(['t', 's', 'm', 're', 've', 'll', 'd']);

/**
 * Rewrites slang and SMS spellings with the lexicon of the message's language.
 * An expansion is skipped when its last word is already the next token ("c est" stays "c est", not "c est est").
 */
export function expandTokens(tokens: readonly string[], expansions: ReadonlyMap<string, string>, mergeEnglishTails: boolean): string[] {
  const merged: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const next = tokens[i + 1];
    if (mergeEnglishTails && next !== undefined && EN_TAILS.has(next) && /[a-z]$/.test(tokens[i])) {
      merged.push(tokens[i] + next);
      i += 1;
    } else {
      merged.push(tokens[i]);
    }
  }
  const out: string[] = [];
  for (let i = 0; i < merged.length; i += 1) {
    const expansion = expansions.get(merged[i]);
    if (expansion === undefined) {
      out.push(merged[i]);
      continue;
    }
    const words = expansion.split(' ');
    if (words.length > 1 && words[words.length - 1] === merged[i + 1]) out.push(...words.slice(0, -1));
    else out.push(...words);
  }
  return out;
}
