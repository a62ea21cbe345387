// `npm run bench`: every benchmark in one run, printed as tables. Each part is independent; a part
// that fails prints its error and the others still run.
process.env.DOTENV_CONFIG_QUIET = 'true';

import { printTable, type BenchTable } from './bench-table';
import { runChannelBench } from './channel-bench';
import { runQueueBench } from './queue-bench';
import { runTriageBench } from './triage-bench';
import { runTurnBench } from './turns-bench';

type Part = { name: string; run: () => Promise<BenchTable | BenchTable[]> };

const parts: Part[] = [
  { name: 'triage', run: runTriageBench },
  { name: 'turns', run: () => runTurnBench() },
  { name: 'queue', run: runQueueBench },
  { name: 'channel', run: runChannelBench },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const part of parts) {
    if (only.length > 0 && !only.includes(part.name)) continue;
    const started = Date.now();
    try {
      const result = await part.run();
      for (const table of Array.isArray(result) ? result : [result]) printTable(table);
      process.stdout.write(`\n(${part.name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    } catch (err) {
      failed += 1;
      process.stdout.write(`\n## ${part.name}: FAILED\n${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    }
  }
  process.exit(failed > 0 ? 1 : 0);
}

void main();
