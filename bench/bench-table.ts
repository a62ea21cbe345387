/** One table of `npm run bench`. */
export type BenchTable = { title: string; columns: string[]; rows: (string | number)[][] };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function printTable(table: BenchTable, write: (s: string) => void = (s) => process.stdout.write(s)): void {
  const cells = [table.columns, ...table.rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => '| ' + r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ') + ' |';
  write(`\n## ${table.title}\n\n`);
  write(line(table.columns) + '\n');
  write('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|\n');
  for (const r of cells.slice(1)) write(line(r) + '\n');
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}
