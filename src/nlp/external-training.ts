import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readEvalSet } from './eval-set';
import type { EvalRow } from './evaluate';

/**
 * Training data written by other authors: the evaluation sets of test/fixtures/triage-eval once measured blind
 * (55,484 hand-written messages by one hundred and forty-nine authors, with their situation and crisis labels). They train both
 * the situation classifier and the crisis scorer: one author's utterances did not cover how other people write, and
 * each set added raised the next unseen figure (crisis recall C 62.5%, D 71.4%, E 89.8%, F 95.7% in session 1; in
 * session 2 mixed sets went from 91-96% to 97-99%; in session 3, AA to CH, ≈ 95-97% to ≈ 98-99.6%; in session 4, CI to DL; in session 5, DM to EV). Every set's blind figures are in that folder's README.
 */
export const EXTERNAL_TRAINING_SETS = ['set-a', 'set-b', 'set-c', 'set-d', 'set-e', 'set-f', 'set-h', 'set-i', 'set-j', 'set-k', 'set-n', 'set-o', 'set-p', 'set-s', 'set-t', 'set-u', 'set-v', 'set-w', 'set-x', 'set-z', 'set-g', 'set-l', 'set-m', 'set-aa', 'set-ab', 'set-ac', 'set-ad', 'set-ae', 'set-af', 'set-ag', 'set-ah', 'set-ai', 'set-aj', 'set-ak', 'set-al', 'set-am', 'set-an', 'set-ao', 'set-ap', 'set-aq', 'set-ar', 'set-as', 'set-at', 'set-au', 'set-av', 'set-aw', 'set-ax', 'set-ay', 'set-az', 'set-ba', 'set-bb', 'set-bc', 'set-bd', 'set-be', 'set-bf', 'set-bg', 'set-bh', 'set-bi', 'set-bj', 'set-bk', 'set-bl', 'set-bm', 'set-bn', 'set-bo', 'set-bp', 'set-bq', 'set-br', 'set-bs', 'set-bt', 'set-bu', 'set-bv', 'set-bw', 'set-bx', 'set-by', 'set-bz', 'set-ca', 'set-cb', 'set-cc', 'set-cd', 'set-ce', 'set-cf', 'set-cg', 'set-ch', 'set-ci', 'set-cj', 'set-ck', 'set-cl', 'set-cm', 'set-cn', 'set-co', 'set-cp', 'set-cq', 'set-cr', 'set-cs', 'set-ct', 'set-cu', 'set-cv', 'set-cw', 'set-cx', 'set-cy', 'set-cz', 'set-da', 'set-db', 'set-dc', 'set-dd', 'set-de', 'set-df', 'set-dg', 'set-dh', 'set-di', 'set-dj', 'set-dk', 'set-dl', 'set-dm', 'set-dn', 'set-do', 'set-dp', 'set-dq', 'set-dr', 'set-ds', 'set-dt', 'set-du', 'set-dv', 'set-dw', 'set-dx', 'set-dy', 'set-dz', 'set-ea', 'set-eb', 'set-ec', 'set-ed', 'set-ee', 'set-ef', 'set-eg', 'set-eh', 'set-ei', 'set-ej', 'set-ek', 'set-el', 'set-em', 'set-en', 'set-eo', 'set-ep', 'set-eq', 'set-er', 'set-es', 'set-et', 'set-eu', 'set-ev'] as const;
export type ExternalTrainingSet = (typeof EXTERNAL_TRAINING_SETS)[number];

/**
 * The development sets: read and tuned on, never trained on. The quality gate (test/unit/nlp/quality-gate.test.ts),
 * bench/triage/error-report.ts and the triage bench score them.
 */
export const DEVELOPMENT_SETS = ['set-q', 'set-r', 'set-y'] as const;
export type DevelopmentSet = (typeof DEVELOPMENT_SETS)[number];

/** Paths of the development sets in `dir` (default folder: defaultExternalTrainingDir). */
export function developmentSetPaths(dir: string, sets: readonly DevelopmentSet[] = DEVELOPMENT_SETS): string[] {
  return sets.map((name) => join(dir, `${name}.jsonl`));
}

/** Default folder of the external training sets: test/fixtures/triage-eval next to the knowledge folder. */
export function defaultExternalTrainingDir(knowledgeDir: string): string {
  return join(dirname(knowledgeDir), 'test', 'fixtures', 'triage-eval');
}

/**
 * Reads the external training rows (validated with zod, see eval-set.ts), in a fixed order so training is
 * reproducible. A missing file is skipped (a production image ships without test/: the shipped model artifact
 * already holds what these rows taught, see model-artifact.ts).
 */
export function loadExternalTraining(dir: string, sets: readonly ExternalTrainingSet[] = EXTERNAL_TRAINING_SETS): EvalRow[] {
  return sets.flatMap((name) => {
    const path = join(dir, `${name}.jsonl`);
    return existsSync(path) ? readEvalSet(path) : [];
  });
}
