import { readFileSync } from 'node:fs';
import { LANGUAGES, SITUATIONS } from '../domain/labels';
import { evalRowSchema, type EvalRow } from './evaluate';
import type { NlpKnowledge, UtterancesFile } from './knowledge-schemas';
import { NlpKnowledgeError } from './errors';

/** Reads a JSON Lines evaluation set; every line is validated with zod (a bad line names its number). */
export function readEvalSet(path: string): EvalRow[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  return lines.map((line, i) => {
    const parsed = evalRowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new NlpKnowledgeError(`${path}: line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

function hash(text: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

/**
 * Deterministic held-out split of the training utterances (a `fraction` of each label and language is held out),
 * used while no separately written evaluation set is available. Crisis flags of held-out rows are unknown: false.
 */
export function splitKnowledge(k: NlpKnowledge, fraction: number, seed = 1): { train: NlpKnowledge; test: EvalRow[] } {
  const test: EvalRow[] = [];
  const utterances = { ...k.utterances };
  for (const lang of LANGUAGES) {
    const file: UtterancesFile = { ...k.utterances[lang], utterances: { ...k.utterances[lang].utterances } };
    for (const label of SITUATIONS) {
      const kept: string[] = [];
      for (const text of k.utterances[lang].utterances[label] ?? []) {
        if (hash(text, seed) < fraction) test.push({ id: `${lang}-${label}-${test.length}`, text, situation: label, crisis: false, language: lang });
        else kept.push(text);
      }
      file.utterances[label] = kept;
    }
    utterances[lang] = file;
  }
  return { train: { ...k, utterances }, test };
}
