import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The command exactly as INTERFACES.md names it: `npm run triage`, JSON Lines in, only JSON Lines out. */
test('npm run triage prints one JSON object per input line on stdout, and nothing else', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'ils ont balancé mes nudes sur snap', extra: 1 }),
    JSON.stringify({ id: 'b', text: "j'ai tout préparé pour ce soir, personne me regrettera" }),
    'not json at all',
    JSON.stringify({ id: 'c', text: '' }),
  ].join('\n') + '\n';
  const result = spawnSync('npm', ['run', 'triage'], { cwd: join(__dirname, '..', '..'), input, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(0);
  const lines = result.stdout.split('\n').filter((l) => l.length > 0);
  expect(lines).toHaveLength(4);
  const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const row of rows) expect(Object.keys(row).sort()).toEqual(['confidence', 'crisis', 'id', 'language', 'situation']);
  expect(rows.map((r) => r.id)).toEqual(['a', 'b', null, 'c']);
  expect(rows[0]).toMatchObject({ situation: 'revenge_porn', language: 'fr', crisis: false });
  expect(rows[1]).toMatchObject({ crisis: true });
});
