/**
 * Development aid: prints the metrics and every error of the triage on the development set G (texts included).
 * Sets A to F are training data now (src/nlp/external-training.ts): scoring them measures nothing. Never run it
 * on a blind set (H and later, until measured once).
 *   node -r ts-node/register/transpile-only bench/triage/error-report.ts [set-g] [--crisis]
 * --crisis prints the crisis errors only, with the scorer's probability.
 */
import { join } from 'node:path';
import { createTriage, loadNlpKnowledge } from '../../src/nlp';
import { evaluate, formatMetrics } from '../../src/nlp/evaluate';
import { readEvalSet } from '../../src/nlp/eval-set';

const DEV_SETS = ['set-q', 'set-r', 'set-y'] as const;
const wanted = process.argv.slice(2).filter((s): s is (typeof DEV_SETS)[number] => (DEV_SETS as readonly string[]).includes(s));
const crisisOnly = process.argv.includes('--crisis');
const triage = createTriage(loadNlpKnowledge());
for (const name of wanted.length > 0 ? wanted : DEV_SETS) {
  const rows = readEvalSet(join(__dirname, '..', '..', 'test', 'fixtures', 'triage-eval', `${name}.jsonl`));
  process.stdout.write(`== ${name}\n${formatMetrics(evaluate(triage, rows))}\n`);
  for (const row of rows) {
    const r = triage.triage(row.text);
    const marks: string[] = [];
    if (r.situation !== row.situation && !crisisOnly) marks.push(`SIT ${row.situation}->${r.situation} (${r.confidence})`);
    if (row.crisis !== r.crisis) marks.push(row.crisis ? 'CRISIS-MISSED' : `FALSE-ALARM(${r.crisisDetail.kind ?? ''})`);
    if (r.language !== row.language && !crisisOnly) marks.push(`LANG ${row.language}->${r.language}`);
    if (marks.length > 0) process.stdout.write(`${row.id}\t${marks.join(' ')}\t${row.text.slice(0, 300)}\n`);
  }
}
