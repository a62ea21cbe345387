import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language, type Persona } from '../domain/labels';
import { RempartError } from '../errors';
import { defaultKnowledgeDir } from '../knowledge/load-knowledge';
import { localeFileSchema, type LocaleTree, type LocaleValue } from './locale-schema';

export class LocaleError extends RempartError {
  readonly code = 'locale_invalid';
}

export type Vars = Record<string, string | number>;

/** Translator over the locale files: t(language, key, vars, persona). */
export interface I18n {
  t(language: Language, key: string, vars?: Vars, persona?: Persona): string;
  has(key: string): boolean;
  keys(language: Language): string[];
}

function flatten(tree: LocaleTree, prefix = '', out = new Map<string, LocaleValue>()): Map<string, LocaleValue> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const isLeaf = typeof value === 'string' || ('teen' in value && 'default' in value && typeof value.teen === 'string');
    if (isLeaf) out.set(path, value as LocaleValue);
    else flatten(value as LocaleTree, path, out);
  }
  return out;
}

function interpolate(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Loads knowledge/locales/{fr,en}.json; throws LocaleError naming every problem (bad shape, key sets differ). */
export function loadI18n(dir: string = join(defaultKnowledgeDir(), 'locales')): I18n {
  const tables = new Map<Language, Map<string, LocaleValue>>();
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const file = `locales/${language}.json`;
    try {
      const parsed = localeFileSchema.safeParse(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')));
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      tables.set(language, flatten(parsed.data.strings));
    } catch (err) {
      problems.push(`${file}: ${(err as Error).message}`);
    }
  }
  const [fr, en] = [tables.get('fr'), tables.get('en')];
  if (fr && en) {
    for (const key of fr.keys()) if (!en.has(key)) problems.push(`locales/en.json: ${key}: missing (present in fr)`);
    for (const key of en.keys()) if (!fr.has(key)) problems.push(`locales/fr.json: ${key}: missing (present in en)`);
  }
  if (problems.length > 0) throw new LocaleError(`Invalid locale files:\n- ${problems.join('\n- ')}`);

  return {
    t(language, key, vars = {}, persona) {
      const value = tables.get(language)?.get(key) ?? tables.get('fr')?.get(key);
      if (value === undefined) throw new LocaleError(`Unknown locale key "${key}"`);
      const text = typeof value === 'string' ? value : persona === 'teen' ? value.teen : value.default;
      return interpolate(text, vars);
    },
    has: (key) => tables.get('fr')?.has(key) ?? false,
    keys: (language) => [...(tables.get(language)?.keys() ?? [])],
  };
}
