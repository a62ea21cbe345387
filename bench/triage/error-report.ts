/**
 * Development aid: prints the metrics and every error of the triage on the development sets A, B and C
 * (texts included: A, B and C are development sets; never run it on set D or any blind set).
 *   node -r ts-node/register/transpile-only bench/triage/error-report.ts [set-a|set-b|set-c ...]
 */
import { join } from 'node:path';
import { createTriage, loadNlpKnowledge } from '../../src/nlp';
import { evaluate, formatMetrics } from '../../src/nlp/evaluate';
import { readEvalSet } from '../../src/nlp/eval-set';

const DEV_SETS = ['set-a', 'set-b', 'set-c'] as const;
const wanted = process.argv.slice(2).filter((s): s is (typeof DEV_SETS)[number] => (DEV_SETS as readonly string[]).includes(s));
const triage = createTriage(loadNlpKnowledge());
for (const name of wanted.length > 0 ? wanted : DEV_SETS) {
  const rows = readEvalSet(join(__dirname, '..', '..', 'test', 'fixtures', 'triage-eval', `${name}.jsonl`));
  process.stdout.write(`== ${name}\n${formatMetrics(evaluate(triage, rows))}\n`);
  for (const row of rows) {
    const r = triage.triage(row.text);
    const marks: string[] = [];
    if (r.situation !== row.situation) marks.push(`SIT ${row.situation}->${r.situation} (${r.confidence})`);
    if (row.crisis !== r.crisis) marks.push(row.crisis ? 'CRISIS-MISSED' : `FALSE-ALARM(${r.crisisDetail.kind ?? ''})`);
    if (r.language !== row.language) marks.push(`LANG ${row.language}->${r.language}`);
    if (marks.length > 0) process.stdout.write(`${row.id}\t${marks.join(' ')}\t${row.text.slice(0, 300)}\n`);
  }
}
