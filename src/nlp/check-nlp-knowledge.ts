import { LANGUAGES, SITUATIONS } from '../domain/labels';
import type { NlpKnowledge } from './knowledge-schemas';
import { normalizeText } from './normalize';

/**
 * Cross-file checks of the triage knowledge. Returns every problem found (not just the first), each naming its file:
 * every label has utterances in both languages, no utterance under two labels (after normalisation), files declare
 * the language of their name, the dominance order lists each label once, cues are already normalised.
 */
export function checkNlpKnowledge(k: NlpKnowledge): string[] {
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    for (const [folder, file] of [
      ['utterances', k.utterances[lang]],
      ['crisis', k.crisis[lang]],
      ['lexicon', k.lexicon[lang]],
      ['commands', k.commands[lang]],
    ] as const) {
      if (file.language !== lang) problems.push(`${folder}/${lang}.json: language is "${file.language}", expected "${lang}"`);
    }
  }
  const seen = new Map<string, { label: string; lang: string }>();
  for (const lang of LANGUAGES) {
    for (const label of SITUATIONS) {
      const list = k.utterances[lang].utterances[label] ?? [];
      if (list.length === 0) problems.push(`utterances/${lang}.json: no utterances for "${label}"`);
      for (const text of list) {
        const key = normalizeText(text);
        const previous = seen.get(key);
        if (previous !== undefined && previous.label !== label) {
          problems.push(`utterances/${lang}.json: "${text}" is under ${label} and under ${previous.label} (${previous.lang}.json)`);
        } else if (previous !== undefined && previous.lang === lang) {
          problems.push(`utterances/${lang}.json: "${text}" is listed twice under ${label}`);
        }
        seen.set(key, { label, lang });
      }
    }
  }
  const dominance = new Set(k.situations.dominance);
  for (const label of SITUATIONS) {
    if (!dominance.has(label)) problems.push(`situations.json: dominance: "${label}" is missing`);
    if (!k.situations.situations.some((s) => s.id === label)) problems.push(`situations.json: situations: "${label}" is missing`);
  }
  for (const s of k.situations.situations) {
    for (const cue of [...s.cues, ...s.hints]) {
      if (normalizeText(cue) !== cue) problems.push(`situations.json: ${s.id}: cue or hint "${cue}" is not normalised`);
    }
  }
  return problems;
}
