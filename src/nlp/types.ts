import type { KnownPersona, Language, Situation } from '../domain/labels';
import type { CrisisKind, GlobalCommand } from './knowledge-schemas';

export type { CrisisKind, GlobalCommand };

/** Facts picked out of free text; every field is absent when nothing was said about it. */
export interface ExtractedFacts {
  /** Normalised platform name: "Snapchat", "Instagram", "TikTok", "X", "Google reviews"… */
  platform?: string;
  age?: number;
  persona?: KnownPersona;
}

export interface CrisisResult {
  crisis: boolean;
  kind?: CrisisKind;
  /** Not a crisis, but worth a gentle check ("je ne veux pas mourir", "j'en peux plus", "they tell me to kys"). */
  gentleCheck: boolean;
}

export interface TriageResult {
  situation: Situation;
  crisis: boolean;
  language: Language;
  /** Probability of the chosen situation in [0, 1] (for `other` chosen by threshold: 1 minus the best other label's). */
  confidence: number;
  crisisDetail: CrisisResult;
  facts: ExtractedFacts;
  /** Probability per label, summing to 1 (useful for the bot's confirmation step and for evaluation). */
  scores: Record<Situation, number>;
}

export interface Triage {
  /** Never throws, whatever the input (empty, 200k characters, emoji only, null bytes, other alphabets). */
  triage(text: string, options?: { language?: Language }): TriageResult;
  /** Never throws. */
  detectCrisis(text: string): CrisisResult;
  detectLanguage(text: string, fallback?: Language): Language;
  /**
   * Global command when the WHOLE message is a command ("aide", "recommencer", "stop", "je veux parler à qqn",
   * "un psy", "un avocat", "efface mes données"…); null otherwise ("il m'a dit stop" is not a command).
   */
  detectCommand(text: string): GlobalCommand | null;
  /** Yes/no in both languages and teen wording ("ouais", "grave", "wesh oui", "nan", "nope", "yep"); null if neither. */
  detectYesNo(text: string): boolean | null;
  extractFacts(text: string): ExtractedFacts;
}
