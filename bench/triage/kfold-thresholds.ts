/**
 * Chooses the crisis scorer's thresholds by leave-one-set-out over the external training sets (A-D): for each set,
 * train on the knowledge plus the other three, then sweep the cued and uncued scorer thresholds on the held-out set
 * (crisis only: the situation model does not depend on them). Prints recall and false alarms per fold and the worst
 * fold, so the thresholds can be picked for recall under a false-alarm ceiling on every fold.
 *   node -r ts-node/register/transpile-only bench/triage/kfold-thresholds.ts
 */
import { join } from 'node:path';
import { loadNlpKnowledge } from '../../src/nlp';
import { buildTriageParts, CRISIS_DEFAULTS } from '../../src/nlp/create-triage';
import { CrisisDetector } from '../../src/nlp/crisis-detector';
import { EXTERNAL_TRAINING_SETS, loadExternalTraining } from '../../src/nlp/external-training';

const DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'triage-eval');
const CUED = [0.04, 0.06, 0.08, 0.1, 0.12, 0.15];
const UNCUED = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const base = loadNlpKnowledge(undefined, null);
const files = [base.crisis.fr, base.crisis.en];
type Cell = { tp: number; fn: number; fp: number; neg: number };
const results = new Map<string, Cell[]>();
for (const held of EXTERNAL_TRAINING_SETS) {
  const train = EXTERNAL_TRAINING_SETS.filter((s) => s !== held);
  const { model, scorer } = buildTriageParts({ ...base, external: loadExternalTraining(DIR, train) });
  const rows = loadExternalTraining(DIR, [held]).map((r) => {
    const p = model.prepare(r.text, undefined, 'fr', 20_000);
    return { gold: r.crisis, text: model.expandForCrisis(p.tokens, p.language), language: p.language };
  });
  for (const cued of CUED) {
    for (const uncued of UNCUED) {
      const d = new CrisisDetector(files, cued, CRISIS_DEFAULTS.gentleThreshold, CRISIS_DEFAULTS.minTokens, CRISIS_DEFAULTS.scorerNeedsCue, uncued);
      d.useScorer(scorer);
      const cell: Cell = { tp: 0, fn: 0, fp: 0, neg: 0 };
      for (const r of rows) {
        const hit = r.text.length > 0 && d.detectNormalized(r.text, r.language).crisis;
        if (r.gold) cell[hit ? 'tp' : 'fn'] += 1;
        else {
          cell.neg += 1;
          if (hit) cell.fp += 1;
        }
      }
      const key = `cued=${cued} uncued=${uncued}`;
      results.set(key, [...(results.get(key) ?? []), cell]);
    }
  }
  process.stderr.write(`fold ${held} done\n`);
}
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
for (const [key, cells] of results) {
  const folds = cells.map((c) => `${pct(c.tp, c.tp + c.fn)}/${pct(c.fp, c.neg)}`).join(' ');
  const missed = cells.reduce((s, c) => s + c.fn, 0);
  const worstFa = Math.max(...cells.map((c) => c.fp / c.neg));
  process.stdout.write(`${key}\tmissed=${missed}\tworstFA=${(worstFa * 100).toFixed(1)}%\t${folds}\n`);
}
