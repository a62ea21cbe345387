import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { LANGUAGES, type Language } from '../domain/labels';
import { NlpKnowledgeError } from './errors';
import {
  commandsFileSchema,
  crisisFileSchema,
  lexiconFileSchema,
  situationsFileSchema,
  utterancesFileSchema,
  type NlpKnowledge,
  type PerLanguage,
} from './knowledge-schemas';
import { checkNlpKnowledge } from './check-nlp-knowledge';
import { defaultExternalTrainingDir, loadExternalTraining } from './external-training';

/** Default knowledge folder: the nearest `knowledge/` above this file that holds situations.json (works from src/ and dist/). */
export function defaultKnowledgeDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i += 1) {
    const candidate = join(dir, 'knowledge');
    if (existsSync(join(candidate, 'situations.json'))) return candidate;
    dir = dirname(dir);
  }
  return resolve(__dirname, '..', '..', 'knowledge');
}

function readParsed<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new NlpKnowledgeError(`${file}: cannot read JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new NlpKnowledgeError(issues.join('\n'));
  }
  return parsed.data;
}

function perLanguage<S extends z.ZodType>(dir: string, folder: string, schema: S): PerLanguage<z.infer<S>> {
  const entries = LANGUAGES.map((lang: Language) => [lang, readParsed(dir, `${folder}/${lang}.json`, schema)] as const);
  return Object.fromEntries(entries) as PerLanguage<z.infer<S>>;
}

/**
 * Reads and validates the triage knowledge (synchronous: it runs once at start-up).
 * `externalTrainingDir` holds the external training sets (default test/fixtures/triage-eval next to the knowledge
 * folder, see external-training.ts); null reads none. Missing files are skipped.
 * Throws NlpKnowledgeError listing every problem found, each with its file and path.
 */
export function loadNlpKnowledge(knowledgeDir: string = defaultKnowledgeDir(), externalTrainingDir: string | null = defaultExternalTrainingDir(knowledgeDir)): NlpKnowledge {
  const knowledge: NlpKnowledge = {
    situations: readParsed(knowledgeDir, 'situations.json', situationsFileSchema),
    utterances: perLanguage(knowledgeDir, 'utterances', utterancesFileSchema),
    crisis: perLanguage(knowledgeDir, 'crisis', crisisFileSchema),
    lexicon: perLanguage(knowledgeDir, 'lexicon', lexiconFileSchema),
    commands: perLanguage(knowledgeDir, 'commands', commandsFileSchema),
    external: externalTrainingDir === null ? [] : loadExternalTraining(externalTrainingDir),
  };
  const problems = checkNlpKnowledge(knowledge);
  if (problems.length > 0) throw new NlpKnowledgeError(problems.join('\n'));
  return knowledge;
}
