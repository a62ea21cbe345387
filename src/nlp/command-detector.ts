import { LANGUAGES } from '../domain/labels';
import type { CommandsFile, GlobalCommand, LexiconFile, PerLanguage } from './knowledge-schemas';
import { expandTokens, normalizeText, tokenize } from './normalize';

/** Longer than this (in tokens), a message is a description, never a command or a bare yes/no. */
const MAX_COMMAND_TOKENS = 10;

function stripEdges(text: string, leading: readonly string[], trailing: readonly string[]): string {
  let current = text;
  for (let changed = true; changed && current.length > 0; ) {
    changed = false;
    for (const f of leading) {
      if (current.startsWith(`${f} `)) {
        current = current.slice(f.length + 1);
        changed = true;
      }
    }
    for (const p of trailing) {
      if (current.endsWith(` ${p}`)) {
        current = current.slice(0, -(p.length + 1));
        changed = true;
      }
    }
  }
  return current;
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

/**
 * Global commands and yes/no answers: the whole message must be the command once fillers ("je veux", "wesh",
 * "please") and politeness ("stp", "merci") are stripped, so descriptions that contain the words never match.
 * Both languages are tried: users switch language mid-conversation.
 */
export class CommandDetector {
  private readonly phrases = new Map<string, GlobalCommand>();
  private readonly yes = new Set<string>();
  private readonly no = new Set<string>();
  private readonly fillers: string[];
  private readonly politeness: string[];
  private readonly yesNoFillers: Set<string>;
  private readonly expansions: PerLanguage<Map<string, string>>;

  constructor(commands: PerLanguage<CommandsFile>, lexicon: PerLanguage<LexiconFile>) {
    const files = LANGUAGES.map((l) => commands[l]);
    for (const file of files) {
      for (const [command, list] of Object.entries(file.commands) as [GlobalCommand, string[]][]) {
        for (const phrase of list) if (!this.phrases.has(normalizeText(phrase))) this.phrases.set(normalizeText(phrase), command);
      }
      for (const y of file.yes) this.yes.add(normalizeText(y));
      for (const n of file.no) this.no.add(normalizeText(n));
    }
    this.fillers = files.flatMap((f) => f.fillers.map((x) => normalizeText(x))).sort(byLengthDesc);
    this.politeness = files.flatMap((f) => f.politeness.map((x) => normalizeText(x))).sort(byLengthDesc);
    this.yesNoFillers = new Set(files.flatMap((f) => f.yesNoFillers.map((x) => normalizeText(x))));
    this.expansions = { fr: new Map(Object.entries(lexicon.fr.expansions)), en: new Map(Object.entries(lexicon.en.expansions)) };
  }

  detectCommand(text: string): GlobalCommand | null {
    for (const variant of this.variants(text)) {
      const direct = this.phrases.get(variant);
      if (direct !== undefined) return direct;
      const stripped = stripEdges(variant, this.fillers, this.politeness);
      const hit = stripped.length > 0 ? this.phrases.get(stripped) : undefined;
      if (hit !== undefined) return hit;
    }
    return null;
  }

  detectYesNo(text: string): boolean | null {
    for (const variant of this.variants(text)) {
      const whole = this.answer(variant);
      if (whole !== null) return whole;
      const kept = variant.split(' ').filter((t) => !this.yesNoFillers.has(t));
      const deduped = kept.filter((t, i) => i === 0 || t !== kept[i - 1]).join(' ');
      const answer = this.answer(deduped) ?? this.answer(kept.join(' '));
      if (answer !== null) return answer;
    }
    return null;
  }

  private answer(text: string): boolean | null {
    if (text.length === 0) return null;
    if (this.yes.has(text)) return true;
    if (this.no.has(text)) return false;
    return null;
  }

  /** The message normalised as is, then expanded with each language's lexicon. */
  private variants(text: string): string[] {
    const tokens = tokenize(normalizeText(text, 300));
    if (tokens.length === 0 || tokens.length > MAX_COMMAND_TOKENS) return [];
    const out = [tokens.join(' ')];
    for (const lang of LANGUAGES) {
      const v = expandTokens(tokens, this.expansions[lang], lang === 'en').join(' ');
      if (!out.includes(v)) out.push(v);
    }
    return out;
  }
}
