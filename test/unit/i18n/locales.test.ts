import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWN_PERSONAS, PERSONAS, QUEUES, SITUATIONS } from '../../../src/domain/labels';
import { loadI18n, LocaleError } from '../../../src/i18n/i18n';

const i18n = loadI18n();
const root = join(__dirname, '..', '..', '..');

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

test('fr and en have the same keys, and the same placeholders in each string', () => {
  const fr = i18n.keys('fr').sort();
  expect(i18n.keys('en').sort()).toEqual(fr);
  const mismatches: string[] = [];
  for (const key of fr) {
    const variants = ['teen', 'adult'] as const;
    for (const persona of variants) {
      const a = placeholders(i18n.t('fr', key, {}, persona));
      const b = placeholders(i18n.t('en', key, {}, persona));
      if (a.join() !== b.join()) mismatches.push(`${key} (${persona}): fr {${a}} vs en {${b}}`);
    }
  }
  expect(mismatches).toEqual([]);
});

test('every static key the code uses exists', () => {
  const dirs = ['bots', 'dialogs', 'src/adapters'];
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const source = readFileSync(join(root, path), 'utf8');
        for (const m of source.matchAll(/(?:textFor\([^,]+,[^,]+,|say\([^,]+,[^,]+,|\bt\(|key: )\s*'([a-z]+\.[A-Za-z.]+)'/g)) used.add(m[1]);
      }
    }
  };
  dirs.forEach(walk);
  expect(used.size).toBeGreaterThan(40);
  expect([...used].filter((k) => !i18n.has(k))).toEqual([]);
});

test('every dynamic key built from a label exists', () => {
  const keys = [
    ...SITUATIONS.flatMap((s) => [`triage.choice.${s}`, `triage.understood.${s}`, `summary.situation.${s}`]),
    ...KNOWN_PERSONAS.map((p) => `persona.choice.${p}`),
    ...PERSONAS.map((p) => `summary.persona.${p}`),
    ...QUEUES.flatMap((q) => [`handoff.confirm.${q}`, `handoff.queueName.${q}`, `handoff.choice.${q}`]),
    ...['covered', 'partially_covered', 'not_covered', 'inactive', 'unknown_policy'].map((s) => `coverage.result.${s}`),
  ];
  expect(keys.filter((k) => !i18n.has(k))).toEqual([]);
});

test('French uses tutoiement for teens and vouvoiement otherwise where both exist', () => {
  expect(i18n.t('fr', 'triage.askWhatHappened', {}, 'teen')).toMatch(/\b(Raconte|tes)\b/);
  expect(i18n.t('fr', 'triage.askWhatHappened', {}, 'parent')).toMatch(/\b(Racontez|vos)\b/);
  expect(i18n.t('fr', 'triage.askWhatHappened', {}, 'unknown')).toMatch(/Racontez/);
});

test('variables are filled, unknown keys throw a clear error', () => {
  expect(i18n.t('en', 'handoff.place', { position: 3, queueName: 'psychologist' })).toBe('You are number 3 in the psychologist queue.');
  expect(() => i18n.t('fr', 'nope.missing')).toThrow(LocaleError);
});

test('a broken locale file stops loading with the file and the problem named', () => {
  expect(() => loadI18n(join(root, 'test'))).toThrow(/locales\/fr\.json/);
});
