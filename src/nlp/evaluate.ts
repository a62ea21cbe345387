import { z } from 'zod';
import { LANGUAGES, SITUATIONS, type Situation } from '../domain/labels';
import type { Triage } from './types';

/** One labelled message of an evaluation set (test/fixtures/triage-eval/*.jsonl). */
export const evalRowSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  situation: z.enum(SITUATIONS),
  crisis: z.boolean(),
  language: z.enum(LANGUAGES),
});
export type EvalRow = z.infer<typeof evalRowSchema>;

export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface TriageMetrics {
  count: number;
  perLabel: Record<Situation, LabelMetrics>;
  macroF1: number;
  /** confusion[gold][predicted] = count */
  confusion: Record<Situation, Record<Situation, number>>;
  crisis: { recall: number; falseAlarmRate: number; truePositives: number; falseNegatives: number; falsePositives: number; trueNegatives: number };
  languageAccuracy: number;
  /** Ids of missed crises and of false alarms (ids only: evaluation texts are not printed). */
  missedCrisisIds: Array<string | number>;
  falseAlarmIds: Array<string | number>;
}

/** What evaluate() needs from a model: the triage's situation, crisis flag and language. */
export type TriageLike = Pick<Triage, 'triage'> | { triage(text: string): { situation: Situation; crisis: boolean; language: string } };

const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

/** Pure: runs the model over the rows and computes per-label F1, confusion matrix, crisis recall/false alarms, language accuracy. */
export function evaluate(model: TriageLike, rows: readonly EvalRow[]): TriageMetrics {
  const confusion = Object.fromEntries(SITUATIONS.map((g) => [g, Object.fromEntries(SITUATIONS.map((p) => [p, 0]))])) as Record<Situation, Record<Situation, number>>;
  let tp = 0, fn = 0, fp = 0, tn = 0, languageRight = 0;
  const missedCrisisIds: Array<string | number> = [];
  const falseAlarmIds: Array<string | number> = [];
  for (const row of rows) {
    const r = model.triage(row.text);
    confusion[row.situation][r.situation] += 1;
    if (r.language === row.language) languageRight += 1;
    if (row.crisis && r.crisis) tp += 1;
    else if (row.crisis) { fn += 1; missedCrisisIds.push(row.id); }
    else if (r.crisis) { fp += 1; falseAlarmIds.push(row.id); }
    else tn += 1;
  }
  const perLabel = {} as Record<Situation, LabelMetrics>;
  for (const label of SITUATIONS) {
    const truePos = confusion[label][label];
    const predicted = SITUATIONS.reduce((n, g) => n + confusion[g][label], 0);
    const support = SITUATIONS.reduce((n, p) => n + confusion[label][p], 0);
    const precision = ratio(truePos, predicted);
    const recall = ratio(truePos, support);
    perLabel[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const present = SITUATIONS.filter((l) => perLabel[l].support > 0);
  return {
    count: rows.length,
    perLabel,
    macroF1: ratio(present.reduce((s, l) => s + perLabel[l].f1, 0), present.length),
    confusion,
    crisis: { recall: ratio(tp, tp + fn), falseAlarmRate: ratio(fp, fp + tn), truePositives: tp, falseNegatives: fn, falsePositives: fp, trueNegatives: tn },
    languageAccuracy: ratio(languageRight, rows.length),
    missedCrisisIds,
    falseAlarmIds,
  };
}

/** A compact, text-free report of the metrics (for the bench and the quality gate's failure message). */
export function formatMetrics(m: TriageMetrics): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `n=${m.count} macroF1=${m.macroF1.toFixed(3)} crisisRecall=${pct(m.crisis.recall)} (missed ${m.crisis.falseNegatives}) falseAlarms=${pct(m.crisis.falseAlarmRate)} (${m.crisis.falsePositives}) language=${pct(m.languageAccuracy)}`,
    ...SITUATIONS.map((l) => `${l.padEnd(15)} P=${m.perLabel[l].precision.toFixed(2)} R=${m.perLabel[l].recall.toFixed(2)} F1=${m.perLabel[l].f1.toFixed(2)} n=${m.perLabel[l].support}`),
    `confusion (rows gold, cols predicted): ${SITUATIONS.map((s) => s.slice(0, 5)).join(' ')}`,
    ...SITUATIONS.map((g) => `${g.padEnd(15)} ${SITUATIONS.map((p) => String(m.confusion[g][p]).padStart(5)).join(' ')}`),
  ];
  return lines.join('\n');
}
