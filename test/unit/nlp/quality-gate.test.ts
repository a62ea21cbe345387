import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTriage } from '../../../src/nlp';
import { evaluate, formatMetrics } from '../../../src/nlp/evaluate';
import { readEvalSet } from '../../../src/nlp/eval-set';
import { developmentSetPaths } from '../../../src/nlp/external-training';

/**
 * Quality gate on the development sets Q, R and Y (written by three other authors who never saw the training data;
 * each measured once blind at the end of session 2 -- Q 0.971 macro-F1 / 97.9% crisis recall, R 0.942 / 97.9%,
 * Y 0.938 / 99.1% -- then read; the earlier dev sets G, L and M now train). Sets A to F and H to K are training data (src/nlp/external-training.ts): a gate on them measures
 * nothing; the leave-one-set-out figures of bench/triage/kfold.ts are the fairer estimate. The blind figures of every set
 * are in test/fixtures/triage-eval/README.md. Thresholds: the product's bars on the three sets together (macro-F1 0.90, crisis recall 100% -- a
 * development figure, not an estimate --, false alarms <= 4%) and language 97.5% (short answers like "14" or
 * "tiktok" carry no language: the authors labelled them with the language of the conversation they imagined).
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'triage-eval');
const DEV = developmentSetPaths(DIR);
const MACRO_F1 = 0.9;
const MIN_CRISIS_RECALL = 1;
const MAX_FALSE_ALARMS = 0.04;
const MIN_LANGUAGE = 0.975;

describe('triage quality gate (development sets Q, R and Y)', () => {
  test('sets Q, R and Y are present', () => {
    expect(DEV.filter((path) => !existsSync(path))).toEqual([]);
  });

  const metrics = evaluate(loadTriage(), DEV.flatMap((path) => readEvalSet(path)));
  const report = `\nsets Q + R + Y:\n${formatMetrics(metrics)}`;

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
