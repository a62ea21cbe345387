/**
 * Triage part of `npm run bench`: Rempart's pipeline, a plain natural BayesClassifier and NLP.js, trained on the
 * same data (knowledge plus the external training sets, see src/nlp/external-training.ts), evaluated side by side on
 * the development sets Q, R and Y (test/fixtures/triage-eval, measured blind once at the end of session 2, then
 * read: development figures from now on), or on a held-out split of the training utterances
 * when the sets are absent. Quality and speed in one table, then start-up: restoring the shipped model artifact.
 * The fairer estimate for the dev sets is bench/triage/kfold.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITUATIONS } from '../src/domain/labels';
import { createTriage, loadNlpKnowledge, loadTriage } from '../src/nlp';
import { evaluate, type EvalRow } from '../src/nlp/evaluate';
import { readEvalSet, splitKnowledge } from '../src/nlp/eval-set';
import { DEVELOPMENT_SETS, developmentSetPaths } from '../src/nlp/external-training';
import { percentile, printTable, type BenchTable } from './bench-table';
import { trainingSet, trainNaturalBayes, trainNlpJs, type Predictor } from './triage/baselines';

const DEV_SETS = developmentSetPaths(join(__dirname, '..', 'test', 'fixtures', 'triage-eval'));
/** "Q+R+Y": the development sets' letters, for the tables. */
const DEV_LABEL = DEVELOPMENT_SETS.map((name) => name.replace('set-', '').toUpperCase()).join('+');

interface Measured {
  name: string;
  trainMs: number;
  heapMb: number;
  predictor: Predictor;
}

async function measureTraining(name: string, train: () => Predictor | Promise<Predictor>): Promise<Measured> {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const predictor = await train();
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { name, trainMs, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20, predictor };
}

async function score(m: Measured, setName: string, rows: readonly EvalRow[]): Promise<(string | number)[]> {
  const predictions: Array<Awaited<ReturnType<Predictor['predict']>>> = [];
  const times: number[] = [];
  // One untimed pass first, for every system: the bar is the time per message once loaded, not JIT and cache warm-up.
  for (const row of rows) await m.predictor.predict(row.text);
  for (const row of rows) {
    const started = process.hrtime.bigint();
    predictions.push(await m.predictor.predict(row.text));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  let i = 0;
  const metrics = evaluate({ triage: () => predictions[i++] }, rows);
  const total = times.reduce((s, t) => s + t, 0);
  times.sort((a, b) => a - b);
  const lang = predictions.some((p) => p.language !== 'n/a') ? `${(metrics.languageAccuracy * 100).toFixed(1)}%` : 'n/a';
  return [
    m.name,
    setName,
    Number(metrics.macroF1.toFixed(3)),
    `${(metrics.crisis.recall * 100).toFixed(1)}% (${metrics.crisis.falseNegatives} missed)`,
    `${(metrics.crisis.falseAlarmRate * 100).toFixed(1)}%`,
    lang,
    Math.round((rows.length / total) * 1000),
    Number(percentile(times, 50).toFixed(3)),
    Number(percentile(times, 99).toFixed(3)),
    Math.round(m.trainMs),
    Number(m.heapMb.toFixed(1)),
  ];
}

export async function runTriageBench(): Promise<BenchTable[]> {
  // First, before any other system fills the heap: the shipped model as the server runs it.
  const startup = measureStartup();
  const knowledge = loadNlpKnowledge();
  const dev = DEV_SETS.every((path) => existsSync(path));
  const { train, test } = dev ? { train: knowledge, test: DEV_SETS.flatMap((path) => readEvalSet(path)) } : splitKnowledge(knowledge, 0.2);
  const data = trainingSet(train);
  // Warm-up: the first build pays module loading and JIT; the timed builds below are the second ones.
  createTriage(train);
  trainNaturalBayes(data);
  const systems = [
    await measureTraining('rempart (softmax + cues + crisis patterns/scorer)', () => {
      const t = createTriage(train);
      return { predict: async (text: string) => t.triage(text) };
    }),
    await measureTraining('natural BayesClassifier (plain)', () => trainNaturalBayes(data)),
    await measureTraining('NLP.js (@nlpjs/nlp + lang-fr/en)', () => trainNlpJs(data)),
  ];
  const sets: Array<[string, EvalRow[]]> = [[dev ? `${DEV_LABEL} (dev)` : 'held-out', test]];
  const rows = [];
  for (const [name, rowsOfSet] of sets) for (const s of systems) rows.push(await score(s, name, rowsOfSet));
  const ours = createTriage(train);
  const m = evaluate(ours, test);
  const source = dev ? `sets ${DEV_LABEL} (${test.length} messages, development sets)` : `held-out 20% of the training utterances (${test.length}; the dev sets absent)`;
  return [
    {
      title: `Triage: quality and speed on ${source}, trained on the same ${data.situations.length} utterances`,
      columns: ['system', 'set', 'macro-F1', 'crisis recall', 'false alarms', 'language', 'msg/s', 'p50 ms', 'p99 ms', 'train ms', 'heap MB'],
      rows,
    },
    {
      title: `Triage: Rempart per label on ${dev ? `sets ${DEV_LABEL}` : 'the held-out split'}`,
      columns: ['label', 'precision', 'recall', 'F1', 'n', ...SITUATIONS.map((s) => `→${s.slice(0, 6)}`)],
      rows: SITUATIONS.map((l) => [l, Number(m.perLabel[l].precision.toFixed(3)), Number(m.perLabel[l].recall.toFixed(3)), Number(m.perLabel[l].f1.toFixed(3)), m.perLabel[l].support, ...SITUATIONS.map((p) => m.confusion[l][p])]),
    },
    {
      title: 'Triage as shipped (src/nlp/model artifact), measured first in a fresh heap (targets: ready < 1000 ms, median < 0.5 ms)',
      columns: ['measure', 'ms'],
      rows: [
        ['ready: read knowledge, gunzip, parse, build (median of 5)', startup.readyMs],
        ['per message, median (dev sets, after one warm-up pass)', startup.p50],
        ['per message, p99', startup.p99],
      ],
    },
  ];
}

/** The shipped model as the server uses it: time to be ready (median of 5), then time per message on the dev sets. */
function measureStartup(): { readyMs: number; p50: number; p99: number } {
  const ready: number[] = [];
  let triage = loadTriage();
  for (let i = 0; i < 5; i += 1) {
    const started = process.hrtime.bigint();
    triage = loadTriage();
    triage.triage('ok');
    ready.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const texts = DEV_SETS.filter((path) => existsSync(path)).flatMap((path) => readEvalSet(path).map((row) => row.text));
  for (const text of texts) triage.triage(text);
  const times = texts.map((text) => {
    const started = process.hrtime.bigint();
    triage.triage(text);
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  ready.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  return { readyMs: Math.round(percentile(ready, 50)), p50: Number(percentile(times, 50).toFixed(3)), p99: Number(percentile(times, 99).toFixed(3)) };
}

// Run alone: `node -r ts-node/register/transpile-only bench/triage-bench.ts` (the whole bench is bench/index.ts).
if (require.main === module) {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  runTriageBench().then(
    (tables) => tables.forEach((t) => printTable(t)),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
