/**
 * Honest generalisation estimate: leave-one-author-out over the external training sets. For each of them (or those named),
 * train on the knowledge plus the other sets and score the fifth, which that model never saw (its rules were
 * tuned on it in earlier passes, so crisis figures are optimistic; macro-F1 is the fairer one). Prints metrics only.
 *   node -r ts-node/register/transpile-only bench/triage/kfold.ts [set-h set-i ...] [--verbose]
 */
import { join } from 'node:path';
import { createTriage, loadNlpKnowledge } from '../../src/nlp';
import { evaluate, formatMetrics, type TriageMetrics } from '../../src/nlp/evaluate';
import { EXTERNAL_TRAINING_SETS, loadExternalTraining } from '../../src/nlp/external-training';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'triage-eval');
const base = loadNlpKnowledge(undefined, null);
const summary = (m: TriageMetrics): string =>
  `macroF1=${m.macroF1.toFixed(3)} crisisRecall=${(m.crisis.recall * 100).toFixed(1)}% (missed ${m.crisis.falseNegatives}/${m.crisis.truePositives + m.crisis.falseNegatives}) falseAlarms=${(m.crisis.falseAlarmRate * 100).toFixed(1)}% (${m.crisis.falsePositives}) language=${(m.languageAccuracy * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');
// Sets named on the command line (e.g. set-h set-i) are held out one at a time; default: every training set.
const named = process.argv.slice(2).filter((a): a is (typeof EXTERNAL_TRAINING_SETS)[number] => (EXTERNAL_TRAINING_SETS as readonly string[]).includes(a));
for (const held of named.length > 0 ? named : EXTERNAL_TRAINING_SETS) {
  const train = EXTERNAL_TRAINING_SETS.filter((s) => s !== held);
  const triage = createTriage({ ...base, external: loadExternalTraining(DIR, train) });
  const m = evaluate(triage, loadExternalTraining(DIR, [held]));
  process.stdout.write(`held out ${held} (trained on ${train.join('+')}): ${summary(m)}\n`);
  if (verbose) process.stdout.write(`${formatMetrics(m)}\n`);
}
