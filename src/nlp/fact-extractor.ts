import type { KnownPersona } from '../domain/labels';
import type { LexiconFile, PerLanguage } from './knowledge-schemas';
import { normalizeText } from './normalize';
import type { ExtractedFacts } from './types';

const MIN_AGE = 5;
const MAX_AGE = 99;
const ADULT_AGE = 18;

/** Age of a child the writer talks about: "ma fille de 12 ans", "my 14 year old son", "my daughter is 13". */
const CHILD_AGE = [
  /\b(?:ma fille|mon fils|mon enfant|mon ado|ma petite|mon petit|ma gamine|mon gamin|ma belle fille|mon beau fils)(?: qui a| de| a| agee? de)? (\d{1,2}) ?ans\b/,
  /\bmy (\d{1,2}) ?(?:year old|years old|yr old|yrs old|yo|y o) (?:daughter|son|kid|child|girl|boy|teen|stepdaughter|stepson)\b/,
  /\bmy (?:daughter|son|kid|child|stepdaughter|stepson|teen)(?: who is| is| aged|,)? (\d{1,2})\b/,
];
/** Age of the writer: "j'ai 15 ans", "i'm 14", "i am 16 years old", "15yo". */
const SELF_AGE = [
  /\bj ai (\d{1,2}) ?ans\b/,
  /\b(?:i am|i m|im) (\d{1,2})(?: years old| year old| yo| y o| yrs| and| so| but|$)/,
  /\b(?:i am|i m|im|je suis|j ai) (?:only |just |seulement |que )?(\d{1,2}) ?(?:yo|y o|ans|years old)\b/,
  /^(\d{1,2}) ?(?:ans|yo|years old)\b/,
];

/**
 * A school level said of someone else ("ma soeur est en 3e", "my brother is in 9th grade", "son lycée") does not make
 * the writer a teen, nor does staff speaking of their school ("je suis prof au lycée", "i teach in middle school"):
 * these words, among the three before the level, mean it is not the writer's own class.
 */
const NOT_SELF = new Set([
  'il', 'elle', 'ils', 'elles', 'son', 'sa', 'ses', 'leur', 'frere', 'soeur', 'cousin', 'cousine', 'eleve', 'eleves',
  'prof', 'professeur', 'professeure', 'enseignant', 'enseignante', 'cpe', 'travaille', 'bosse', 'surveillant',
  'he', 'she', 'they', 'his', 'her', 'their', 'brother', 'sister', 'student', 'students', 'teacher', 'teach', 'work', 'works',
]);

function firstAge(text: string, patterns: readonly RegExp[]): number | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) {
      const age = Number(m[1]);
      if (age >= MIN_AGE && age <= MAX_AGE) return age;
    }
  }
  return undefined;
}

function firstPhrase<T>(padded: string, phrases: ReadonlyArray<[string, T]>): T | undefined {
  let best: { at: number; value: T } | undefined;
  for (const [phrase, value] of phrases) {
    const at = padded.indexOf(` ${phrase} `);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, value };
  }
  return best?.value;
}

/** Platform, age and persona from free text, with the platform names and persona phrases of knowledge/lexicon. */
export class FactExtractor {
  private readonly platforms: Array<[string, string]>;
  private readonly personas: Array<[string, KnownPersona]>;
  private readonly teenSchool: string[];

  constructor(lexicon: PerLanguage<LexiconFile>) {
    const files = [lexicon.fr, lexicon.en];
    this.platforms = files.flatMap((f) => Object.entries(f.platforms).map(([k, v]): [string, string] => [normalizeText(k), v]));
    this.personas = files.flatMap((f) => [
      ...f.personas.parent.map((p): [string, KnownPersona] => [normalizeText(p), 'parent']),
      ...f.personas.professional.map((p): [string, KnownPersona] => [normalizeText(p), 'professional']),
    ]);
    this.teenSchool = files.flatMap((f) => f.personas.teenSchool.map((p) => normalizeText(p)));
  }

  /** A school level ("en seconde", "au lycée", "in year 10") not said of a third person. */
  private saysOwnSchoolLevel(padded: string): boolean {
    for (const phrase of this.teenSchool) {
      const at = padded.indexOf(` ${phrase} `);
      if (at < 0) continue;
      const before = padded.slice(0, at).trim().split(' ').slice(-3);
      if (!before.some((w) => NOT_SELF.has(w))) return true;
    }
    return false;
  }

  extract(text: string): ExtractedFacts {
    const normalized = normalizeText(text);
    const padded = ` ${normalized} `;
    const facts: ExtractedFacts = {};
    const platform = firstPhrase(padded, this.platforms);
    if (platform !== undefined) facts.platform = platform;
    const persona = firstPhrase(padded, this.personas);
    const childAge = firstAge(normalized, CHILD_AGE);
    if (childAge !== undefined) {
      facts.age = childAge;
      facts.persona = 'parent';
      return facts;
    }
    if (persona !== undefined) {
      facts.persona = persona;
      return facts;
    }
    const selfAge = firstAge(normalized, SELF_AGE);
    if (selfAge !== undefined) {
      facts.age = selfAge;
      facts.persona = selfAge < ADULT_AGE ? 'teen' : 'adult';
      return facts;
    }
    if (this.saysOwnSchoolLevel(padded)) facts.persona = 'teen';
    return facts;
  }
}
