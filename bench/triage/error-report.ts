/**
 * Development aid: prints the metrics and every error of the triage on the development sets (DEVELOPMENT_SETS in
 * src/nlp/external-training.ts), texts included. The other sets train the model: scoring them measures nothing.
 * Never run it on a blind set before its one measurement.
 *   node -r ts-node/register/transpile-only bench/triage/error-report.ts [set-q ...] [--crisis]
 * --crisis prints the crisis errors only, with the scorer's probability.
 */
import { createTriage, defaultKnowledgeDir, loadNlpKnowledge } from '../../src/nlp';
import { evaluate, formatMetrics } from '../../src/nlp/evaluate';
import { readEvalSet } from '../../src/nlp/eval-set';
import { DEVELOPMENT_SETS, type DevelopmentSet, defaultExternalTrainingDir, developmentSetPaths } from '../../src/nlp/external-training';

const wanted = process.argv.slice(2).filter((s): s is DevelopmentSet => (DEVELOPMENT_SETS as readonly string[]).includes(s));
const crisisOnly = process.argv.includes('--crisis');
const triage = createTriage(loadNlpKnowledge());
const dir = defaultExternalTrainingDir(defaultKnowledgeDir());
for (const name of wanted.length > 0 ? wanted : DEVELOPMENT_SETS) {
  const [path] = developmentSetPaths(dir, [name]);
  const rows = readEvalSet(path);
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
