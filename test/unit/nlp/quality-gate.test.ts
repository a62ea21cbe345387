import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTriage, loadNlpKnowledge } from '../../../src/nlp';
import { evaluate, formatMetrics, type EvalRow } from '../../../src/nlp/evaluate';
import { readEvalSet, splitKnowledge } from '../../../src/nlp/eval-set';

/**
 * Quality gate on the blind evaluation set A (written by someone who never saw the training data; the model never
 * trains on it). Without set A, it falls back to a held-out 20% of the training utterances (weaker, but not nothing).
 * Thresholds are the product's bar: macro-F1 >= 0.90, crisis recall 100%, false alarms <= 5%, language >= 98%.
 */
const SET_A = join(__dirname, '..', '..', 'fixtures', 'triage-eval', 'set-a.jsonl');

describe('triage quality gate', () => {
  const knowledge = loadNlpKnowledge();
  const blind = existsSync(SET_A);
  const { model, rows } = ((): { model: ReturnType<typeof createTriage>; rows: EvalRow[] } => {
    if (blind) return { model: createTriage(knowledge), rows: readEvalSet(SET_A) };
    const split = splitKnowledge(knowledge, 0.2);
    return { model: createTriage(split.train), rows: split.test };
  })();
  const metrics = evaluate(model, rows);
  const report = `\n${blind ? 'set A' : 'held-out split'}:\n${formatMetrics(metrics)}`;

  test('macro-F1 over the 7 labels is at least 0.90', () => {
    expect(metrics.macroF1 >= 0.9 ? 'ok' : report).toBe('ok');
  });

  test('crisis recall is 100% with at most 5% false alarms', () => {
    if (blind) expect(metrics.crisis.truePositives).toBeGreaterThan(0);
    expect(metrics.crisis.falseNegatives === 0 && metrics.crisis.falseAlarmRate <= 0.05 ? 'ok' : report).toBe('ok');
  });

  test('language accuracy is at least 98%', () => {
    expect(metrics.languageAccuracy >= 0.98 ? 'ok' : report).toBe('ok');
  });
});
