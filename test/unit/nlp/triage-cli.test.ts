import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Runs `npm run triage`'s command as a child process, feeding `input` on stdin. */
function runCli(input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', '-r', 'ts-node/register/transpile-only', 'src/nlp/triage-cli.ts'], {
      cwd: ROOT,
      env: { ...process.env, DOTENV_CONFIG_QUIET: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe('npm run triage (child process)', () => {
  test('JSON Lines in, one JSON line out per input line, in order, nothing else on stdout', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'jsuis grv mal ils ont balancé mes nudes sur snap', extra: 'ignored' }),
      JSON.stringify({ id: 'a2', text: "j'ai tout préparé pour ce soir" }),
      JSON.stringify({ id: 'a3', text: 'someone made a fake insta of me' }),
      '{"id": "a4", "text": "broken json',
      JSON.stringify({ id: 'a5' }),
      '',
      JSON.stringify({ id: 7, text: '💀💀💀' }),
    ].join('\n');
    const { stdout, stderr, code } = await runCli(`${input}\n`);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'situation', 'crisis', 'language', 'confidence']);
    expect(out.map((o) => o.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 7]);
    expect(out[0]).toMatchObject({ situation: 'revenge_porn', crisis: false, language: 'fr' });
    expect(out[1]).toMatchObject({ crisis: true, language: 'fr' });
    expect(out[2]).toMatchObject({ situation: 'identity_theft', language: 'en' });
    expect(out[3]).toMatchObject({ situation: 'other', confidence: 0 });
    expect(out[4]).toMatchObject({ situation: 'other', crisis: false });
    expect(stderr).toMatch(/line 4: not valid JSON/);
    expect(stderr).toMatch(/line 5: expected/);
    expect(stderr).not.toMatch(/nudes/); // message text is never logged
  });

  test('a malformed line still gets the crisis check on whatever text it has', async () => {
    const { stdout } = await runCli('{"id": "x", "text": "je veux mourir" oops\n');
    expect(JSON.parse(stdout)).toMatchObject({ id: 'x', situation: 'other', crisis: true });
  });

  test('streams a large input (2,000 lines, one of 200k characters) without losing a line', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `m${i}`, text: i === 1000 ? 'x'.repeat(200_000) : `message numéro ${i}` }));
    const { stdout, code } = await runCli(lines.join('\n'));
    expect(code).toBe(0);
    const ids = stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(lines.map((_, i) => `m${i}`));
  });
});
