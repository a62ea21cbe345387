import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriage } from '../../../src/nlp';
import { evaluate, formatMetrics } from '../../../src/nlp/evaluate';
import { readEvalSet } from '../../../src/nlp/eval-set';

/**
 * Quality gate on the development sets G, L, M, Q and R (written by five other authors who never saw the training
 * data; each measured once blind -- G 0.877 macro-F1 / 89.6% crisis recall, L 0.952 / 91.4%, M 0.960 / 94.9%,
 * Q 0.971 / 97.9%, R 0.942 / 97.9% -- then read and tuned on in session 2). Sets A to F and H to K are training data (src/nlp/external-training.ts): a gate on them measures
 * nothing; the leave-one-set-out figures of bench/triage/kfold.ts are the fairer estimate. The blind figures of every set
 * are in test/fixtures/triage-eval/README.md. Thresholds: the product's bars on the five sets together (macro-F1 0.90, crisis recall 100% -- a
 * development figure, not an estimate --, false alarms <= 4%) and language 97.5% (short answers like "14" or
 * "tiktok" carry no language: the authors labelled them with the language of the conversation they imagined).
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'triage-eval');
const DEV = ['set-g', 'set-l', 'set-m', 'set-q', 'set-r'].map((name) => join(DIR, `${name}.jsonl`));
const MACRO_F1 = 0.9;
const MIN_CRISIS_RECALL = 1;
const MAX_FALSE_ALARMS = 0.04;
const MIN_LANGUAGE = 0.975;

describe('triage quality gate (development sets G, L, M, Q and R)', () => {
  test('sets G, L, M, Q and R are present', () => {
    expect(DEV.filter((path) => !existsSync(path))).toEqual([]);
  });

  const metrics = evaluate(loadTriage(), DEV.flatMap((path) => readEvalSet(path)));
  const report = `\nsets G + L + M + Q + R:\n${formatMetrics(metrics)}`;

  test(`macro-F1 over the 7 labels is at least ${MACRO_F1}`, () => {
    expect(metrics.macroF1 >= MACRO_F1 ? 'ok' : report).toBe('ok');
  });

  test(`crisis recall is at least ${MIN_CRISIS_RECALL * 100}% with at most ${MAX_FALSE_ALARMS * 100}% false alarms`, () => {
    expect(metrics.crisis.truePositives).toBeGreaterThan(0);
    expect(metrics.crisis.recall >= MIN_CRISIS_RECALL && metrics.crisis.falseAlarmRate <= MAX_FALSE_ALARMS ? 'ok' : report).toBe('ok');
  });

  test(`language accuracy is at least ${MIN_LANGUAGE * 100}%`, () => {
    expect(metrics.languageAccuracy >= MIN_LANGUAGE ? 'ok' : report).toBe('ok');
  });
});
