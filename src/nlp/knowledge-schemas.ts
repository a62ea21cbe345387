import { z } from 'zod';
import { LANGUAGES, SITUATIONS } from '../domain/labels';

/** zod schemas of the triage knowledge files (the data under knowledge/ that src/nlp reads). */

const situationSchema = z.enum(SITUATIONS);
const languageSchema = z.enum(LANGUAGES);
const version = z.string().min(1);

/** A regular expression source: it must compile. */
const regexSource = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const situationsFileSchema = z.object({
  version,
  comment: z.string().optional(),
  dominance: z.array(situationSchema).length(SITUATIONS.length),
  situations: z
    .array(
      z.object({
        id: situationSchema,
        definition: z.object({ fr: z.string().min(1), en: z.string().min(1) }),
        cues: z.array(z.string().min(1)),
        hints: z.array(z.string().min(1)).default([]),
      }),
    )
    .length(SITUATIONS.length),
});
export type SituationsFile = z.infer<typeof situationsFileSchema>;

export const utterancesFileSchema = z.object({
  version,
  language: languageSchema,
  utterances: z.record(situationSchema, z.array(z.string().min(1)).min(1)),
});
export type UtterancesFile = z.infer<typeof utterancesFileSchema>;

export const CRISIS_KINDS = ['suicide', 'self_harm', 'danger'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

export const crisisFileSchema = z.object({
  version,
  language: languageSchema,
  policy: z.string().min(1),
  signals: z.array(z.object({ kind: z.enum(CRISIS_KINDS), pattern: regexSource })).min(1),
  idioms: z.array(regexSource),
  reported: z.array(regexSource),
  negations: z.array(regexSource),
  gentle: z.array(regexSource),
  /**
   * Concept vocabulary: named lists of regex fragments (farewell, giving things away, means, time markers, danger
   * nearby, a parent's child...). A concept is present when one of its fragments matches the text left after the
   * cuts. Files of both languages are merged by concept name (code-switching).
   */
  concepts: z.record(z.string().regex(/^[a-z_]+$/), z.array(regexSource)).default({}),
  /** Crisis when every concept of `all`, at least one of `any` (if given) and none of `none` are present. */
  combos: z
    .array(
      z.object({
        kind: z.enum(CRISIS_KINDS),
        all: z.array(z.string().min(1)).min(1),
        any: z.array(z.string().min(1)).default([]),
        none: z.array(z.string().min(1)).default([]),
      }),
    )
    .default([]),
  /** The learned scorer is asked only when one of these concepts is present (empty: always). */
  scorerCues: z.array(z.string().min(1)).default([]),
  training: z.object({
    comment: z.string().optional(),
    suicide: z.array(z.string().min(1)).min(1),
    self_harm: z.array(z.string().min(1)).min(1),
    danger: z.array(z.string().min(1)).min(1),
    notCrisis: z.array(z.string().min(1)),
    /** Short conversational answers (button labels, ages, dates, numbers, yes/no, thanks): hard negatives. */
    shortAnswers: z.array(z.string().min(1)).default([]),
  }),
  examples: z.object({
    crisis: z.array(z.string().min(1)).min(1),
    gentle: z.array(z.string().min(1)),
    none: z.array(z.string().min(1)).min(1),
  }),
});
export type CrisisFile = z.infer<typeof crisisFileSchema>;

export const lexiconFileSchema = z.object({
  version,
  language: languageSchema,
  comment: z.string().optional(),
  expansions: z.record(z.string().regex(/^[a-z0-9]+$/, 'a key is one normalised token'), z.string().min(1)),
  markers: z.array(z.string().min(1)).min(1),
  platforms: z.record(z.string().min(1), z.string().min(1)),
  personas: z.object({
    parent: z.array(z.string().min(1)),
    professional: z.array(z.string().min(1)),
    /** School levels ("en seconde", "in 9th grade"): the writer is a teen when they say it of themself. */
    teenSchool: z.array(z.string().min(1)).default([]),
  }),
});
export type LexiconFile = z.infer<typeof lexiconFileSchema>;

export const GLOBAL_COMMANDS = ['help', 'restart', 'stop', 'talk_to_someone', 'psychologist', 'jurist', 'erase'] as const;
export type GlobalCommand = (typeof GLOBAL_COMMANDS)[number];

export const commandsFileSchema = z.object({
  version,
  language: languageSchema,
  comment: z.string().optional(),
  fillers: z.array(z.string().min(1)),
  politeness: z.array(z.string().min(1)),
  commands: z.record(z.enum(GLOBAL_COMMANDS), z.array(z.string().min(1)).min(1)),
  yes: z.array(z.string().min(1)).min(1),
  no: z.array(z.string().min(1)).min(1),
  yesNoFillers: z.array(z.string().min(1)),
});
export type CommandsFile = z.infer<typeof commandsFileSchema>;

export type PerLanguage<T> = Record<(typeof LANGUAGES)[number], T>;

/** Everything src/nlp reads from knowledge/, parsed and cross-checked. */
export interface NlpKnowledge {
  situations: SituationsFile;
  utterances: PerLanguage<UtterancesFile>;
  crisis: PerLanguage<CrisisFile>;
  lexicon: PerLanguage<LexiconFile>;
  commands: PerLanguage<CommandsFile>;
  /**
   * Labelled messages written by other authors (the former evaluation sets A, B and C, see external-training.ts),
   * added to the training of the situation classifier and of the crisis scorer. Empty when the files are absent.
   */
  external: ReadonlyArray<{ text: string; situation: (typeof SITUATIONS)[number]; crisis: boolean; language: (typeof LANGUAGES)[number] }>;
}
