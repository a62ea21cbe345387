import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDir, KnowledgeError } from '../src/knowledge';
import { readJsonFile } from '../src/knowledge/read-json';
import { normalizeText } from '../src/nlp/normalize';
import type { ChoiceSpec } from './choices';

/** Where the typed-answer vocabulary lives, relative to the knowledge folder. */
export const CHOICES_FILE = 'dialogs/choices.json';

const wordListSchema = z.array(z.string().trim().min(1)).min(1);

/** The words that select one value, in both languages (each list non-empty). */
export const choiceWordsSchema = z.strictObject({ fr: wordListSchema, en: wordListSchema });
export type ChoiceWords = z.infer<typeof choiceWordsSchema>;

/** One choice set: exactly these values, each with its words. */
function choiceSetSchema<const V extends readonly [string, ...string[]]>(values: V) {
  return z.strictObject(Object.fromEntries(values.map((v) => [v, choiceWordsSchema])) as { [K in V[number]]: typeof choiceWordsSchema });
}

const CHOICE_SET_NAMES = ['yesNo', 'handoffQueue', 'guidanceStep', 'coverageAnswer', 'dontKnow'] as const;

/** A word under two values of one set would let the recognizer pick either: refuse it, and words with no letters. */
function checkSet(set: Readonly<Record<string, ChoiceWords>>, name: string, ctx: z.RefinementCtx): void {
  const owner = new Map<string, string>();
  for (const [value, words] of Object.entries(set)) {
    for (const lang of ['fr', 'en'] as const) {
      words[lang].forEach((word, i) => {
        const key = normalizeText(word);
        if (key === '') ctx.addIssue({ code: 'custom', path: [name, value, lang, i], message: `"${word}" has no letters or digits` });
        const first = owner.get(key);
        if (first !== undefined && first !== value) ctx.addIssue({ code: 'custom', path: [name, value, lang, i], message: `"${word}" already selects "${first}"` });
        owner.set(key, first ?? value);
      });
    }
  }
}

/** knowledge/dialogs/choices.json: the words a user may type instead of tapping a button. */
export const choiceVocabularySchema = z.strictObject({
  version: z.number().int().positive(),
  comment: z.string().min(1),
  yesNo: choiceSetSchema(['yes', 'no']),
  handoffQueue: choiceSetSchema(['psychologist', 'jurist', 'both', 'none']),
  guidanceStep: choiceSetSchema(['next', 'done']),
  coverageAnswer: choiceSetSchema(['yes', 'no', 'unknown']),
  dontKnow: choiceSetSchema(['unknown']),
}).superRefine((vocabulary, ctx) => {
  for (const name of CHOICE_SET_NAMES) checkSet(vocabulary[name], name, ctx);
});
export type ChoiceVocabulary = z.infer<typeof choiceVocabularySchema>;
export type ChoiceSetName = Exclude<keyof ChoiceVocabulary, 'version' | 'comment'>;
export type ChoiceValue<S extends ChoiceSetName> = keyof ChoiceVocabulary[S] & string;

const cache = new Map<string, ChoiceVocabulary>();

/**
 * Reads and validates `<knowledgeDir>/dialogs/choices.json` once per folder (then cached).
 * Throws KnowledgeError listing every problem as "dialogs/choices.json: path: problem".
 * @default knowledgeDir the repository's knowledge/ folder (defaultKnowledgeDir())
 */
export function loadChoiceVocabulary(knowledgeDir: string = defaultKnowledgeDir()): ChoiceVocabulary {
  const dir = resolve(knowledgeDir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const problems: string[] = [];
  const vocabulary = readJsonFile(dir, CHOICES_FILE, choiceVocabularySchema, problems);
  if (!vocabulary) throw new KnowledgeError(problems);
  cache.set(dir, vocabulary);
  return vocabulary;
}

/** French then English words of one value, without duplicates ("ok" is in both). */
export function wordsOf(words: ChoiceWords): string[] {
  return [...new Set([...words.fr, ...words.en])];
}

/**
 * Buttons for one choice set: the order and locale keys come from `labelKeys` (code), the synonyms
 * from the vocabulary (data). The type requires a label for every value of the set.
 */
export function choiceSpecs<S extends ChoiceSetName>(vocabulary: ChoiceVocabulary, set: S, labelKeys: Record<ChoiceValue<S>, string>): ChoiceSpec[] {
  const words: Readonly<Record<string, ChoiceWords>> = vocabulary[set];
  return Object.entries<string>(labelKeys).map(([value, key]) => ({ value, key, synonyms: wordsOf(words[value]) }));
}

/**
 * "I don't know" in free text: true when a word or phrase of `dontKnow` appears as whole words in the
 * normalised message (lowercase, accents and punctuation removed), so "je sais pas" and "J'sais pas"
 * match while "le 3 mars" does not.
 */
export function createDontKnowMatcher(vocabulary: ChoiceVocabulary): (text: string) => boolean {
  const phrases = wordsOf(vocabulary.dontKnow.unknown).map((w) => ` ${normalizeText(w)} `);
  return (text) => {
    const padded = ` ${normalizeText(text)} `;
    return phrases.some((p) => padded.includes(p));
  };
}
