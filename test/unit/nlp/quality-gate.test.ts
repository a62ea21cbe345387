import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTriage, loadNlpKnowledge } from '../../../src/nlp';
import { evaluate, formatMetrics } from '../../../src/nlp/evaluate';
import { readEvalSet } from '../../../src/nlp/eval-set';

/**
 * Quality gate on the development set F (written by another author who never saw the training data; blind until the
 * sixth pass of issue 3, now read and tuned on). Sets A to E are not gated: they are training data now
 * (src/nlp/external-training.ts), a gate on them measures nothing; the honest estimate is the leave-one-set-out
 * figure of bench/triage/kfold.ts. Thresholds: the product's bars (macro-F1 0.90 -- F reached 0.90 blind --, false alarms
 * <= 4%, language >= 98%) and crisis recall 100% (reached on F after reading its misses: a development figure, not an
 * estimate). Set G is blind and never scored here.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'triage-eval');
const DEV = join(DIR, 'set-f.jsonl');
const MACRO_F1 = 0.9;
const MIN_CRISIS_RECALL = 1;
const MAX_FALSE_ALARMS = 0.04;

describe('triage quality gate (development set F)', () => {
  test('set F is present', () => {
    expect(existsSync(DEV)).toBe(true);
  });

  const metrics = evaluate(createTriage(loadNlpKnowledge()), readEvalSet(DEV));
  const report = `\nset F:\n${formatMetrics(metrics)}`;

  test(`macro-F1 over the 7 labels is at least ${MACRO_F1}`, () => {
    expect(metrics.macroF1 >= MACRO_F1 ? 'ok' : report).toBe('ok');
  });

  test(`crisis recall is at least ${MIN_CRISIS_RECALL * 100}% with at most ${MAX_FALSE_ALARMS * 100}% false alarms`, () => {
    expect(metrics.crisis.truePositives).toBeGreaterThan(0);
    expect(metrics.crisis.recall >= MIN_CRISIS_RECALL && metrics.crisis.falseAlarmRate <= MAX_FALSE_ALARMS ? 'ok' : report).toBe('ok');
  });

  test('language accuracy is at least 98%', () => {
    expect(metrics.languageAccuracy >= 0.98 ? 'ok' : report).toBe('ok');
  });
});
